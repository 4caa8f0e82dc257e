package io.switchboard.api.json;

import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.PlainText;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a request body strictly into its Java type: a value of the wrong JSON type, a number out of range or with a
 * fraction where a whole number is wanted, an unknown or repeated property, a {@code null} body or list element, a
 * control character in a string, or nesting deeper than {@link #MAX_DEPTH} is refused with an
 * {@link InvalidInputException} naming the field ({@code queueIds[0]}, {@code person.birthDate}, or {@code body}).
 * Nothing is coerced. Targets are classes with public fields (our requests), records, collections, maps, enums, the
 * scalar types and JSON-P values.
 */
public final class StrictJson {

    // Json.createX looks the provider up (a class path scan) on every call: one lookup, kept.
    private static final JsonProvider JSON = JsonProvider.provider();

    /** How deep objects and arrays may nest; our deepest request (route conditions) needs 5. */
    public static final int MAX_DEPTH = 32;

    private static final Map<Class<?>, Function<String, Object>> TEXT_TYPES = Map.of(
            LocalDate.class, LocalDate::parse,
            LocalTime.class, LocalTime::parse,
            LocalDateTime.class, LocalDateTime::parse,
            Instant.class, Instant::parse,
            OffsetDateTime.class, OffsetDateTime::parse,
            ZonedDateTime.class, ZonedDateTime::parse,
            Duration.class, Duration::parse,
            ZoneId.class, ZoneId::of,
            UUID.class, UUID::fromString);

    private static final Map<Class<?>, String> TEXT_TYPE_EXAMPLES = Map.of(
            LocalDate.class, "a date like 2024-01-31",
            LocalTime.class, "a time like 09:30",
            LocalDateTime.class, "a date and time like 2024-01-31T09:30:00",
            Instant.class, "an instant like 2024-01-31T09:30:00Z",
            OffsetDateTime.class, "a date and time with offset like 2024-01-31T09:30:00+01:00",
            ZonedDateTime.class, "a date and time with zone like 2024-01-31T09:30:00+01:00[Europe/Paris]",
            Duration.class, "a duration like PT15M",
            ZoneId.class, "a time zone like Europe/Paris",
            UUID.class, "a UUID");

    private StrictJson() {}

    /** How much of a refused body is still read, so that a client sending it gets the answer (see {@link #parse}). */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    /**
     * Parses a body, refusing nesting deeper than {@link #MAX_DEPTH}; {@code null} JSON is returned as such. A refused
     * body is read to its end (up to 16 MiB): a client that sends all before it reads would otherwise wait for ever.
     */
    public static JsonValue parse(InputStream body) {
        try {
            return parseAll(body);
        } catch (InvalidInputException e) {
            drain(body);
            throw e;
        }
    }

    private static void drain(InputStream body) {
        try {
            byte[] buffer = new byte[8192];
            long read = 0;
            for (int n; read < DRAIN_LIMIT && (n = body.read(buffer)) >= 0; ) {
                read += n;
            }
        } catch (java.io.IOException e) {
            // The client went away: nothing left to answer.
        }
    }

    // The parser is not closed: that would close the request's stream, which JAX-RS owns (and drain needs).
    @SuppressWarnings("resource")
    private static JsonValue parseAll(InputStream body) {
        try {
            JsonParser parser = JSON.createParser(body);
            if (!parser.hasNext()) {
                throw new InvalidInputException("body", "must not be empty");
            }
            parser.next();
            JsonValue value = readValue(parser, 0);
            if (parser.hasNext()) {
                parser.next();
                throw new InvalidInputException("body", "must hold one JSON value");
            }
            return value;
        } catch (jakarta.json.JsonException e) {
            // JsonParsingException included
            throw new InvalidInputException("body", "is not well-formed JSON");
        }
    }

    private static JsonValue readValue(JsonParser parser, int depth) {
        JsonParser.Event event = parser.currentEvent();
        return switch (event) {
            case START_OBJECT -> readObject(parser, depth + 1);
            case START_ARRAY -> readArray(parser, depth + 1);
            default -> parser.getValue();
        };
    }

    private static JsonObject readObject(JsonParser parser, int depth) {
        tooDeep(depth);
        JsonObjectBuilder object = JSON.createObjectBuilder();
        Set<String> names = new HashSet<>();
        while (parser.next() != JsonParser.Event.END_OBJECT) {
            String name = parser.getString();
            if (!names.add(name)) {
                throw new InvalidInputException(name, "appears more than once");
            }
            parser.next();
            object.add(name, readValue(parser, depth));
        }
        return object.build();
    }

    private static JsonArray readArray(JsonParser parser, int depth) {
        tooDeep(depth);
        JsonArrayBuilder array = JSON.createArrayBuilder();
        while (parser.next() != JsonParser.Event.END_ARRAY) {
            array.add(readValue(parser, depth));
        }
        return array.build();
    }

    private static void tooDeep(int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidInputException("body", "is nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    /** The body as {@code type}; a JSON {@code null} body is refused. */
    public static Object bind(JsonValue body, Type type) {
        if (body.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidInputException("body", "must not be null");
        }
        checkText(body, "body");
        return value(body, type, "");
    }

    private static Object value(JsonValue json, Type type, String path) {
        Class<?> raw = rawClass(type);
        if (JsonValue.class.isAssignableFrom(raw)) {
            if (!raw.isInstance(json)) {
                throw wrongType(
                        path,
                        "a JSON " + raw.getSimpleName().replace("Json", "").toLowerCase());
            }
            return json;
        }
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                throw new InvalidInputException(field(path), "must not be null");
            }
            return null;
        }
        if (raw == String.class) {
            if (!(json instanceof JsonString string)) {
                throw wrongType(path, "a string");
            }
            return checkedText(string.getString(), path);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (json.getValueType() == JsonValue.ValueType.TRUE) {
                return Boolean.TRUE;
            }
            if (json.getValueType() == JsonValue.ValueType.FALSE) {
                return Boolean.FALSE;
            }
            throw wrongType(path, "true or false");
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            return number(json, raw, path);
        }
        if (raw.isEnum()) {
            return enumConstant(json, raw, path);
        }
        Function<String, Object> parser = TEXT_TYPES.get(raw);
        if (parser != null) {
            String example = TEXT_TYPE_EXAMPLES.get(raw);
            if (!(json instanceof JsonString string)) {
                throw wrongType(path, example);
            }
            try {
                return parser.apply(checkedText(string.getString(), path));
            } catch (RuntimeException e) {
                throw wrongType(path, example);
            }
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return collection(json, type, raw, path);
        }
        if (raw.isArray()) {
            throw new IllegalStateException("Use a List, not an array, in request " + raw);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return map(json, type, path);
        }
        if (raw == Object.class) {
            return plain(json);
        }
        if (!(json instanceof JsonObject object)) {
            throw wrongType(path, "an object");
        }
        return raw.isRecord() ? record(object, raw, path) : fields(object, raw, path);
    }

    private static Object number(JsonValue json, Class<?> raw, String path) {
        Class<?> boxed = boxed(raw);
        if (boxed == Integer.class || boxed == Long.class || boxed == Short.class || boxed == BigInteger.class) {
            BigInteger min = boxed == Integer.class
                    ? BigInteger.valueOf(Integer.MIN_VALUE)
                    : boxed == Short.class ? BigInteger.valueOf(Short.MIN_VALUE) : BigInteger.valueOf(Long.MIN_VALUE);
            BigInteger max = boxed == Integer.class
                    ? BigInteger.valueOf(Integer.MAX_VALUE)
                    : boxed == Short.class ? BigInteger.valueOf(Short.MAX_VALUE) : BigInteger.valueOf(Long.MAX_VALUE);
            String expected = "a whole number between " + min + " and " + max;
            if (!(json instanceof JsonNumber number)) {
                throw wrongType(path, expected);
            }
            BigDecimal decimal = number.bigDecimalValue();
            BigInteger whole;
            try {
                // 1e2 is whole, 1.5 is not; the exponent is bounded first so that 1e999999999 costs nothing.
                if (decimal.scale() < -20) {
                    throw new ArithmeticException();
                }
                whole = decimal.toBigIntegerExact();
            } catch (ArithmeticException e) {
                throw wrongType(path, expected);
            }
            if (boxed == BigInteger.class) {
                return whole;
            }
            if (whole.compareTo(min) < 0 || whole.compareTo(max) > 0) {
                throw wrongType(path, expected);
            }
            return boxed == Integer.class
                    ? (Object) whole.intValue()
                    : boxed == Short.class ? (Object) whole.shortValue() : (Object) whole.longValue();
        }
        if (boxed == Double.class || boxed == Float.class || boxed == BigDecimal.class) {
            if (!(json instanceof JsonNumber number)) {
                throw wrongType(path, "a number");
            }
            BigDecimal decimal = number.bigDecimalValue();
            if (boxed == BigDecimal.class) {
                if (Math.abs((long) decimal.scale()) > 100) {
                    throw wrongType(path, "a number of reasonable size");
                }
                return decimal;
            }
            double value = decimal.doubleValue();
            if (Double.isInfinite(value) || boxed == Float.class && Float.isInfinite((float) value)) {
                throw wrongType(path, "a number of reasonable size");
            }
            return boxed == Float.class ? (Object) (float) value : (Object) value;
        }
        throw new IllegalStateException("Unsupported number type in a request: " + raw);
    }

    private static Object enumConstant(JsonValue json, Class<?> raw, String path) {
        Object[] constants = raw.getEnumConstants();
        String allowed = Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        if (json instanceof JsonString string) {
            for (Object constant : constants) {
                if (((Enum<?>) constant).name().equals(string.getString())) {
                    return constant;
                }
            }
        }
        throw new InvalidInputException(field(path), "must be one of " + allowed);
    }

    private static Object collection(JsonValue json, Type type, Class<?> raw, String path) {
        if (!(json instanceof JsonArray array)) {
            throw wrongType(path, "an array");
        }
        Type element = typeArgument(type, 0);
        Collection<Object> items = SortedSet.class.isAssignableFrom(raw)
                ? new TreeSet<>()
                : Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String itemPath = path + "[" + i + "]";
            if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
                throw new InvalidInputException(itemPath, "must not be null");
            }
            items.add(value(array.get(i), element, itemPath));
        }
        return items;
    }

    private static Object map(JsonValue json, Type type, String path) {
        if (!(json instanceof JsonObject object)) {
            throw wrongType(path, "an object");
        }
        Class<?> key = rawClass(typeArgument(type, 0));
        Type valueType = typeArgument(type, 1);
        Map<Object, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String entryPath = join(path, entry.getKey());
            Object name = key == String.class || key == Object.class
                    ? checkedText(entry.getKey(), entryPath)
                    : value(JSON.createValue(entry.getKey()), key, entryPath);
            // A null value in a map is meaningful (e.g. a capacity back to its default).
            map.put(name, value(entry.getValue(), valueType, entryPath));
        }
        return map;
    }

    private static Object record(JsonObject object, Class<?> raw, String path) {
        RecordComponent[] components = raw.getRecordComponents();
        Set<String> known =
                Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        refuseUnknown(object, known, path);
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            JsonValue member = object.get(component.getName());
            arguments[i] = member == null
                    ? defaultOf(component.getType())
                    : value(member, component.getGenericType(), join(path, component.getName()));
        }
        try {
            Constructor<?> canonical = raw.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create request " + raw, e);
        }
    }

    private static Object fields(JsonObject object, Class<?> raw, String path) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Field field : raw.getFields()) {
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers) && !Modifier.isTransient(modifiers)) {
                fields.put(field.getName(), field);
            }
        }
        refuseUnknown(object, fields.keySet(), path);
        try {
            Object target = raw.getDeclaredConstructor().newInstance();
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                Field field = fields.get(member.getKey());
                field.set(target, value(member.getValue(), field.getGenericType(), join(path, member.getKey())));
            }
            return target;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create request " + raw, e);
        }
    }

    private static void refuseUnknown(JsonObject object, Set<String> known, String path) {
        for (String name : object.keySet()) {
            if (!known.contains(name)) {
                throw new InvalidInputException(
                        join(path, name), "is not a known property (known: " + String.join(", ", sorted(known)) + ")");
            }
        }
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    /** JSON as plain Java values, for a target of {@code Object}. */
    private static Object plain(JsonValue json) {
        return switch (json.getValueType()) {
            case STRING -> ((JsonString) json).getString();
            case NUMBER -> ((JsonNumber) json).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY -> ((JsonArray) json).stream().map(StrictJson::plain).toList();
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) json).forEach((k, v) -> map.put(k, plain(v)));
                yield map;
            }
        };
    }

    /** Every string anywhere in a JSON value (keys too) passes {@link #checkedText}; for JSON-P targets. */
    private static void checkText(JsonValue json, String path) {
        switch (json.getValueType()) {
            case STRING -> checkedText(((JsonString) json).getString(), path);
            case ARRAY -> {
                JsonArray array = (JsonArray) json;
                for (int i = 0; i < array.size(); i++) {
                    checkText(array.get(i), path + "[" + i + "]");
                }
            }
            case OBJECT ->
                ((JsonObject) json).forEach((k, v) -> {
                    String memberPath = "body".equals(path) ? k : join(path, k);
                    checkedText(k, memberPath);
                    checkText(v, memberPath);
                });
            default -> {}
        }
    }

    /** Text follows {@link PlainText}: no control character other than tab and line breaks, and never NUL. */
    static String checkedText(String text, String path) {
        PlainText.problem(text).ifPresent(reason -> {
            throw new InvalidInputException(field(path), reason);
        });
        return text;
    }

    private static InvalidInputException wrongType(String path, String expected) {
        return new InvalidInputException(field(path), "must be " + expected);
    }

    private static String field(String path) {
        return path.isEmpty() ? "body" : path;
    }

    private static String join(String path, String name) {
        return path.isEmpty() || "body".equals(path) ? name : path + "." + name;
    }

    private static Object defaultOf(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        return number(JSON.createValue(0), type, "");
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        if (type == float.class) {
            return Float.class;
        }
        throw new IllegalStateException("Unsupported primitive in a request: " + type);
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized) {
            Type argument = parameterized.getActualTypeArguments()[index];
            if (argument instanceof WildcardType wildcard) {
                return wildcard.getUpperBounds()[0];
            }
            return argument;
        }
        return Object.class;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        if (type instanceof WildcardType wildcard) {
            return rawClass(wildcard.getUpperBounds()[0]);
        }
        if (type instanceof GenericArrayType) {
            throw new IllegalStateException("Use a List, not an array, in request " + type);
        }
        return Object.class;
    }
}
