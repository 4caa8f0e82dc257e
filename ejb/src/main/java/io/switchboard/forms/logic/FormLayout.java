package io.switchboard.forms.logic;

import io.switchboard.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A form's places and what an agent sees of them. A plain place always shows its field; a conditional place shows it
 * when the field it names is itself shown and holds the given value. A field may sit in several conditional places
 * (shown once, where it first shows, and mandatory when any shown place says so), but a plain field only once.
 */
public final class FormLayout {

    /** The most places a form holds (and so fields a conversation's form shows: the guide's 500). */
    public static final int MAX_PLACES = 500;

    private FormLayout() {}

    /** One place of a form: a plain one has neither {@code whenFieldId} nor {@code whenValue}. */
    public record Place(long fieldId, boolean mandatory, Long whenFieldId, String whenValue) {

        public boolean conditional() {
            return whenFieldId != null;
        }
    }

    /** A field the agent sees, in form order. */
    public record Shown(long fieldId, boolean mandatory) {}

    /**
     * Checks a form's places against the defined fields; the answer has each condition's value in normal form.
     * Errors name {@code fields}, {@code fields[i].fieldId}, {@code fields[i].when.fieldId} or
     * {@code fields[i].when.value}.
     */
    public static List<Place> check(List<Place> places, Map<Long, FieldSpec> fields) {
        if (places.size() > MAX_PLACES) {
            throw new InvalidInputException("fields", "must have at most " + MAX_PLACES + " places");
        }
        Set<Long> onForm = new HashSet<>();
        Set<Long> plain = new HashSet<>();
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            FieldSpec spec = fields.get(place.fieldId());
            if (spec == null) {
                throw new InvalidInputException(
                        "fields[" + i + "].fieldId", "no input field has the id " + place.fieldId());
            }
            boolean repeated = !onForm.add(place.fieldId());
            if (repeated && (!place.conditional() || plain.contains(place.fieldId()))) {
                throw new InvalidInputException(
                        "fields[" + i + "].fieldId",
                        spec.name() + " is on the form already; only a conditional field may appear more than once");
            }
            if (!place.conditional()) {
                plain.add(place.fieldId());
                if (place.whenValue() != null) {
                    throw new InvalidInputException(
                            "fields[" + i + "].when.fieldId", "is required with a condition's value");
                }
            }
        }
        List<Place> checked = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            if (!place.conditional()) {
                checked.add(place);
                continue;
            }
            String field = "fields[" + i + "].when";
            long when = place.whenFieldId();
            if (when == place.fieldId()) {
                throw new InvalidInputException(field + ".fieldId", "a field cannot depend on itself");
            }
            FieldSpec controlling = fields.get(when);
            if (controlling == null || !onForm.contains(when)) {
                throw new InvalidInputException(field + ".fieldId", "field " + when + " is not on this form");
            }
            if (place.whenValue() == null || place.whenValue().isBlank()) {
                throw new InvalidInputException(field + ".value", "is required: the value that shows the field");
            }
            String value = FieldValues.normalize(controlling, place.whenValue(), field + ".value");
            checked.add(new Place(place.fieldId(), place.mandatory(), when, value));
        }
        refuseCircles(checked, fields);
        return List.copyOf(checked);
    }

    /** The fields shown for these values, each once, in the order of the place where it first shows. */
    public static List<Shown> shown(List<Place> places, Map<Long, String> values) {
        Visibility visibility = new Visibility(places, values);
        Map<Long, Boolean> shown = new LinkedHashMap<>();
        for (Place place : places) {
            if (visibility.placeShows(place)) {
                shown.merge(place.fieldId(), place.mandatory(), Boolean::logicalOr);
            }
        }
        return shown.entrySet().stream()
                .map(e -> new Shown(e.getKey(), e.getValue()))
                .toList();
    }

    /** The shown mandatory fields without a value that counts as filled, in form order. */
    public static List<Long> missing(List<Place> places, Map<Long, String> values, Map<Long, FieldSpec> fields) {
        List<Long> missing = new ArrayList<>();
        for (Shown shown : shown(places, values)) {
            FieldSpec spec = fields.get(shown.fieldId());
            if (shown.mandatory() && spec != null && !FieldValues.isFilled(spec, values.get(shown.fieldId()))) {
                missing.add(shown.fieldId());
            }
        }
        return missing;
    }

    /** Whether fields show, decided once per field; a field reached again while deciding it does not show. */
    private static final class Visibility {
        private final Map<Long, List<Place>> placesOf = new HashMap<>();
        private final Map<Long, String> values;
        private final Map<Long, Boolean> decided = new HashMap<>();
        private final Set<Long> deciding = new HashSet<>();

        Visibility(List<Place> places, Map<Long, String> values) {
            this.values = values;
            places.forEach(p -> placesOf.computeIfAbsent(p.fieldId(), k -> new ArrayList<>())
                    .add(p));
        }

        boolean placeShows(Place place) {
            return !place.conditional()
                    || (fieldShows(place.whenFieldId()) && place.whenValue().equals(values.get(place.whenFieldId())));
        }

        boolean fieldShows(long fieldId) {
            Boolean known = decided.get(fieldId);
            if (known != null) {
                return known;
            }
            if (!deciding.add(fieldId)) {
                return false;
            }
            boolean shows = placesOf.getOrDefault(fieldId, List.of()).stream().anyMatch(this::placeShows);
            deciding.remove(fieldId);
            decided.put(fieldId, shows);
            return shows;
        }
    }

    /** Refuses conditions that only show each other (A when B, B when A): such fields could never show. */
    private static void refuseCircles(List<Place> places, Map<Long, FieldSpec> fields) {
        Map<Long, Set<Long>> dependsOn = new HashMap<>();
        for (Place place : places) {
            if (place.conditional()) {
                dependsOn.computeIfAbsent(place.fieldId(), k -> new HashSet<>()).add(place.whenFieldId());
            }
        }
        Map<Long, Integer> state = new HashMap<>();
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            if (place.conditional() && reachesCircle(place.fieldId(), dependsOn, state)) {
                throw new InvalidInputException(
                        "fields[" + i + "].when.fieldId",
                        "the conditions of " + fields.get(place.fieldId()).name()
                                + " go round in a circle, so it could never show");
            }
        }
    }

    /** Depth-first search: 1 on the current path, 2 finished without a circle. */
    private static boolean reachesCircle(long field, Map<Long, Set<Long>> dependsOn, Map<Long, Integer> state) {
        Integer seen = state.get(field);
        if (seen != null) {
            return seen == 1;
        }
        state.put(field, 1);
        for (long next : dependsOn.getOrDefault(field, Set.of())) {
            if (reachesCircle(next, dependsOn, state)) {
                return true;
            }
        }
        state.put(field, 2);
        return false;
    }
}
