package io.switchboard.it;

import static io.switchboard.it.TestServer.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Generated bad input over every POST, PUT, PATCH and DELETE the OpenAPI document lists: wrong types, nulls, missing
 * and unknown fields, huge numbers, control characters, deep nesting, malformed JSON and bad ids. Every answer is a
 * 4xx problem+json, never a 5xx, and nothing is stored: the counts behind the API's lists (and, on PostgreSQL, the
 * row count of every table read over JDBC) are the same afterwards.
 *
 * <p>Deterministic (seed {@code -Dbadinput.seed}, default 12); the CI run sends each operation its systematic cases
 * plus {@code -Dbadinput.tries} (default 4) random mutations. For a longer run by hand: {@code -Dbadinput.tries=200}.
 */
class BadInputIT {

    private static final String JSON = "application/json";
    private static final long SEED = Long.getLong("badinput.seed", 12);
    private static final int TRIES = Integer.getInteger("badinput.tries", 4);

    /** Bad values for a path parameter that is an id. */
    private static final List<String> BAD_IDS =
            List.of("abc", "-5", "0", "1.5", "99999999999999999999", "%00", "1e3", "%20");

    private final OpenApiOperations openApi = OpenApiOperations.fromServer();
    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void badInputIsA4xxProblemAndStoresNothing() throws Exception {
        List<OpenApiOperations.Operation> writes = openApi.writes();
        assertThat(writes).as("the OpenAPI document lists the API's writes").hasSizeGreaterThan(30);

        Map<String, Long> before = counts();
        Map<String, Long> tablesBefore = tableCounts();
        Random random = new Random(SEED);
        for (OpenApiOperations.Operation operation : writes) {
            // Ids that cannot name anything, with a body that lacks every field: refused whichever is judged first.
            if (!operation.pathParameters().isEmpty()) {
                for (String id : BAD_IDS) {
                    send(operation, operation.url(id), operation.bodySchema() == null ? null : "{}", "bad id " + id);
                }
            }
            if (operation.bodySchema() != null) {
                // A well-formed path (id 1, which may or may not exist) so that the body is what is judged.
                String url = operation.url("1");
                for (Map.Entry<String, String> bad :
                        badBodies(operation.bodySchema(), random).entrySet()) {
                    send(operation, url, bad.getValue(), bad.getKey());
                }
            }
        }
        System.out.println("[BadInputIT] " + sent + " bad requests over " + writes.size() + " operations");
        assertThat(failures).as("answers that were not a 4xx problem").isEmpty();

        Map<String, Long> after = counts();
        before.keySet().retainAll(after.keySet());
        after.keySet().retainAll(before.keySet());
        assertThat(after).as("what the API lists after refused requests").isEqualTo(before);
        assertThat(tableCounts()).as("row counts of every table").isEqualTo(tablesBefore);
    }

    private void send(OpenApiOperations.Operation operation, String url, String body, String what) {
        sent++;
        TestServer.Reply reply =
                TestServer.request(operation.method(), url, asAdmin(), body == null ? null : JSON, body);
        if (reply.status() == 500
                && reply.contentType().startsWith("text/html")
                && reply.body().contains("Payara")) {
            // Payara's own error page: the web container failed before any application code ran (seen once in a CI
            // run: Grizzly lost the request's connection on a kept-alive socket). Sent again once, and reported; an
            // application 500 is never sent again.
            System.out.println(
                    "[BadInputIT] the container's error page for " + operation + " [" + what + "]; sent again");
            reply = TestServer.request(operation.method(), url, asAdmin(), body == null ? null : JSON, body);
        }
        // An encoded NUL in the path is refused by the HTTP listener itself (a bare 400): no application code runs.
        boolean beforeTheApplication = url.contains("%00") && reply.status() == 400;
        boolean problem = beforeTheApplication
                || reply.status() >= 400
                        && reply.status() < 500
                        && reply.contentType().startsWith("application/problem+json");
        if (!problem) {
            failures.add(operation + " [" + what + "] " + abbreviate(body) + " -> " + reply.status() + " "
                    + abbreviate(reply.body()));
        }
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "(no body)";
        }
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    /** Named bad bodies for a schema: systematic cases for every property, then random mutations. */
    private Map<String, String> badBodies(JsonObject rawSchema, Random random) {
        JsonObject schema = openApi.resolve(rawSchema);
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("null body", "null");
        bodies.put("malformed", "{\"a\":");
        bodies.put("array body", "[]");
        bodies.put("string body", "\"text\"");
        bodies.put("deep nesting", "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
        bodies.put("NUL key", "{\"a\\u0000\":\"x\"}");
        bodies.put("NUL value", "{\"a\":\"x\\u0000\"}");
        JsonObject properties = schema.getJsonObject("properties");
        if (properties == null || properties.isEmpty()) {
            return bodies;
        }
        bodies.put("unknown property", object(Map.of("noSuchProperty" + random.nextInt(1000), Json.createValue(1))));
        JsonArray required = schema.getJsonArray("required");
        if (required != null && !required.isEmpty()) {
            bodies.put("missing required", "{}");
        }
        List<String> names = new ArrayList<>(properties.keySet());
        for (String name : names) {
            JsonObject property = openApi.resolve(properties.getJsonObject(name));
            List<JsonValue> wrong = wrongValues(property);
            for (int i = 0; i < wrong.size(); i++) {
                bodies.put(name + " wrong #" + i, object(Map.of(name, wrong.get(i))));
            }
        }
        for (int t = 0; t < TRIES; t++) {
            String name = names.get(random.nextInt(names.size()));
            List<JsonValue> wrong = wrongValues(openApi.resolve(properties.getJsonObject(name)));
            JsonValue value = wrong.get(random.nextInt(wrong.size()));
            String other = names.get(random.nextInt(names.size()));
            JsonObjectBuilder body = Json.createObjectBuilder().add(name, value);
            if (!other.equals(name)) {
                body.add(other, randomValue(random));
            }
            bodies.put("random #" + t + " " + name, body.build().toString());
        }
        return bodies;
    }

    /** Values of the wrong JSON type, out of range or with forbidden characters, for a property's schema. */
    private static List<JsonValue> wrongValues(JsonObject property) {
        String type = property.getString("type", property.containsKey("properties") ? "object" : "");
        String format = property.getString("format", "");
        List<JsonValue> values = new ArrayList<>();
        switch (type) {
            case "string" -> {
                values.add(Json.createValue(42));
                values.add(JsonValue.TRUE);
                values.add(JsonValue.EMPTY_JSON_OBJECT);
                values.add(Json.createArrayBuilder().add("x").build());
                values.add(Json.createValue("bad\u0000nul"));
                values.add(Json.createValue("bell\u0007"));
                if (property.containsKey("enum")) {
                    values.add(Json.createValue("NOT_ONE_OF_THEM"));
                }
                if (format.startsWith("date")) {
                    values.add(Json.createValue("not-a-date"));
                }
            }
            case "integer" -> {
                values.add(Json.createValue("12"));
                values.add(Json.createValue(157.7));
                values.add(JsonValue.TRUE);
                values.add(Json.createValue(new java.math.BigDecimal("1e30")));
                values.add(Json.createValue(new java.math.BigInteger("9223372036854775808")));
                if (!format.equals("int64")) {
                    // Beyond int: once silently wrapped (4294967396 stored as 100).
                    values.add(Json.createValue(-4294967396L));
                    values.add(Json.createValue(4294967396L));
                }
            }
            case "number" -> {
                values.add(Json.createValue("0.5"));
                values.add(JsonValue.FALSE);
                values.add(Json.createValue(new java.math.BigDecimal("1e400")));
            }
            case "boolean" -> {
                values.add(Json.createValue("yes"));
                values.add(Json.createValue("notabool"));
                values.add(Json.createValue(1));
                values.add(Json.createArrayBuilder().add(true).build());
            }
            case "array" -> {
                values.add(Json.createValue("x"));
                values.add(JsonValue.EMPTY_JSON_OBJECT);
                values.add(Json.createArrayBuilder().addNull().build());
            }
            case "object" -> {
                values.add(Json.createValue("x"));
                values.add(Json.createValue(7));
                values.add(Json.createArrayBuilder().add(1).build());
            }
            default -> {
                values.add(Json.createValue("bad\u0000nul"));
                values.add(Json.createObjectBuilder().add("deep", nested(40)).build());
            }
        }
        return values;
    }

    private static JsonValue nested(int depth) {
        JsonValue value = Json.createValue(1);
        for (int i = 0; i < depth; i++) {
            value = Json.createArrayBuilder().add(value).build();
        }
        return value;
    }

    private static JsonValue randomValue(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> Json.createValue(random.nextLong());
            case 1 -> Json.createValue("r" + random.nextInt(1_000_000));
            case 2 -> random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            case 3 -> JsonValue.NULL;
            case 4 -> Json.createArrayBuilder().add(random.nextInt()).build();
            default -> JsonValue.EMPTY_JSON_OBJECT;
        };
    }

    private static String object(Map<String, JsonValue> members) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        members.forEach(builder::add);
        return builder.build().toString();
    }

    /**
     * What the API's collections hold: for every GET without path parameters that answers a list (or a page with a
     * total), its size. Lists that change on their own (live views) are left out by reading them twice.
     */
    private Map<String, Long> counts() throws InterruptedException {
        Map<String, Long> first = listSizes();
        Thread.sleep(300);
        Map<String, Long> second = listSizes();
        Map<String, Long> stable = new LinkedHashMap<>();
        first.forEach((path, size) -> {
            if (size.equals(second.get(path))) {
                stable.put(path, size);
            }
        });
        return stable;
    }

    private Map<String, Long> listSizes() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (OpenApiOperations.Operation operation : openApi.all()) {
            if (!operation.method().equals("GET") || !operation.pathParameters().isEmpty()) {
                continue;
            }
            String url = operation.url("") + (operation.path().contains("?") ? "&" : "?") + "size=200";
            TestServer.Reply reply = TestServer.get(url, asAdmin());
            if (reply.status() != 200 || !reply.contentType().startsWith("application/json")) {
                continue;
            }
            String body = reply.body().strip();
            if (body.startsWith("[")) {
                sizes.put(operation.path(), (long) reply.jsonArray().size());
            } else if (body.startsWith("{")) {
                JsonObject object = reply.json();
                if (object.get("total") instanceof jakarta.json.JsonNumber total) {
                    sizes.put(operation.path(), total.longValue());
                }
            }
        }
        return sizes;
    }

    /**
     * On PostgreSQL (-Ddb=postgresql), the row count of every table of the test schema over JDBC; on H2 the database
     * lives inside the server and is not reachable from the test, so the API's lists stand for it.
     */
    private static Map<String, Long> tableCounts() throws SQLException {
        if (!"postgresql".equals(System.getProperty("switchboard.db"))) {
            return Map.of();
        }
        String url = "jdbc:postgresql://" + System.getProperty("switchboard.db.host") + ":"
                + System.getProperty("switchboard.db.port") + "/" + System.getProperty("switchboard.db.name")
                + "?currentSchema=" + System.getProperty("switchboard.db.schema");
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(
                        url, System.getProperty("switchboard.db.user"), System.getProperty("switchboard.db.password"));
                Statement statement = connection.createStatement()) {
            Set<String> tables = new LinkedHashSet<>();
            try (ResultSet rows =
                    statement.executeQuery("select table_name from information_schema.tables where table_schema = '"
                            + System.getProperty("switchboard.db.schema")
                            + "' and table_type = 'BASE TABLE' order by table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                // Rows the server writes on its own (sessions, heartbeats, leases) are not the requests' doing.
                if (VOLATILE_TABLES.contains(table)) {
                    continue;
                }
                try (ResultSet rows = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        assertThat(counts)
                .as("tables of schema " + System.getProperty("switchboard.db.schema"))
                .isNotEmpty();
        return counts;
    }

    /**
     * Tables the server writes on its own. The reports' pre-aggregates are rolled up every minute from the
     * conversations earlier tests made (a CI run saw report_hour grow by 11 rows during this test); a refused request
     * that stored anything would show in the conversation, message or person tables they are built from.
     */
    private static final Set<String> VOLATILE_TABLES =
            Set.of("flyway_schema_history", "report_hour", "report_day", "report_rollup");
}
