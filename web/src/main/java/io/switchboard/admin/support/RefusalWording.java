package io.switchboard.admin.support;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place a service's refusal (a field path and a reason written for API clients) becomes a sentence a
 * supervisor reads: "days.MONDAY[0].end: must be after start 17:00" as "Monday, interval 1: the end must be after the
 * start (17:00)", "senderId: sender -1 does not exist" as "The sender no longer exists". Pure, so unit-tested.
 */
public final class RefusalWording {

    private static final Pattern DAY_INTERVAL =
            Pattern.compile("days\\.([A-Za-z]+)\\[(\\d+)\\](?:\\.(start|end|endsNextDay))?");
    private static final Pattern HOLIDAY = Pattern.compile("holidays\\[(\\d+)\\](?:\\.(\\w+))?");
    private static final Pattern GONE = Pattern.compile("^([a-zA-Z][a-zA-Z -]*?) '?-?\\d+'? does not exist$");
    private static final Pattern AFTER_START = Pattern.compile("^must be after start (\\S+)(?: \\((.*)\\))?$");
    private static final Pattern RANGE = Pattern.compile(
            "^must be between (-?\\d+(?:\\.\\d+)?) and (-?\\d+(?:\\.\\d+)?)(?: ([a-z]+))?(, or null)?$");
    private static final Pattern LABEL_NOTE = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)\\]");
    private static final Pattern CAMEL = Pattern.compile("\\b[a-z]+(?:[A-Z][a-z]*)+\\b");

    private RefusalWording() {}

    /**
     * The whole sentence: a missing reference on its own ("The sender no longer exists"); a working-hours interval or
     * holiday, then what in it is wrong ("Monday, interval 1: the end must be after the start"); a field and its rule
     * ("Name must not be blank"); else the field, then the reason.
     */
    public static String sentence(String field, String reason) {
        String place = place(field);
        String what = reason(reason);
        if (place.isEmpty() || (reason != null && GONE.matcher(reason.trim()).matches())) {
            return capitalized(what);
        }
        String subject = subject(field);
        if (subject != null) {
            return place + ": " + subject + " " + what;
        }
        return what.startsWith("must ") || what.startsWith("is required") ? place + " " + what : place + ": " + what;
    }

    /**
     * The refusal beside an input, named by the input's label without its note: "Name (optional)" and "must not be
     * blank" as "Name must not be blank"; "Live Chat" and "must be between 0 and 1000" as "Live Chat: enter a whole
     * number from 0 to 1000".
     */
    public static String labelled(String label, String reason) {
        String name = LABEL_NOTE.matcher(label.trim()).replaceFirst("");
        String subject = name.isEmpty() ? label.trim() : name;
        String what = reason(reason);
        // A rule reads on from the name ("Name must not be blank"); an instruction follows a colon.
        return what.startsWith("must ") || what.startsWith("is required")
                ? subject + " " + what
                : subject + ": " + what;
    }

    /** The range a number input takes, in the admin's words: "Live Chat: enter a whole number from 0 to 1000". */
    public static String range(String label, long min, long max) {
        return labelled(label, "must be between " + min + " and " + max);
    }

    /** The refusal of an action that names no field ("sender 7 does not exist"). */
    public static String sentence(String message) {
        return capitalized(reason(message));
    }

    /** Where the refusal points, as the screen shows it ("Monday, interval 1", "Holiday 2", "Severity 1 › Name"). */
    public static String place(String field) {
        if (field == null || field.isBlank()) {
            return "";
        }
        Matcher day = DAY_INTERVAL.matcher(field);
        if (day.matches()) {
            return dayName(day.group(1)) + ", interval " + (Integer.parseInt(day.group(2)) + 1);
        }
        Matcher holiday = HOLIDAY.matcher(field);
        if (holiday.matches()) {
            return "Holiday " + (Integer.parseInt(holiday.group(1)) + 1);
        }
        // "severities[1].name" as "Severity 2 › Name"; a reference ("senderId") by what it names ("Sender").
        StringBuilder place = new StringBuilder();
        for (String part : field.split("\\.")) {
            Matcher indexed = INDEXED.matcher(part);
            String words = indexed.matches()
                    ? singular(words(indexed.group(1))) + " " + (Integer.parseInt(indexed.group(2)) + 1)
                    : words(part);
            place.append(place.length() == 0 ? "" : " › ").append(capitalized(words));
        }
        return place.toString();
    }

    /** What is wrong, with field paths and names inside it in words ("overlaps Monday, interval 1"). */
    public static String reason(String reason) {
        if (reason == null) {
            return "the value is not accepted";
        }
        String trimmed = reason.trim();
        if (trimmed.equals("must not be null")) {
            return "is required"; // Bean Validation's words for an empty input
        }
        Matcher gone = GONE.matcher(trimmed);
        if (gone.matches()) {
            return "the " + gone.group(1).toLowerCase(Locale.ROOT) + " no longer exists";
        }
        Matcher range = RANGE.matcher(trimmed);
        if (range.matches()) {
            // The engine's own bounds, in the words every number input of the admin uses.
            boolean whole = !range.group(1).contains(".") && !range.group(2).contains(".");
            String unit = range.group(3) == null ? "" : " of " + range.group(3);
            return "enter a " + (whole ? "whole number" : "number") + unit + " from " + range.group(1) + " to "
                    + range.group(2) + (range.group(4) == null ? "" : ", or leave it blank");
        }
        Matcher afterStart = AFTER_START.matcher(trimmed);
        if (afterStart.matches()) {
            return "must be after the start (" + afterStart.group(1)
                    + (afterStart.group(2) == null ? "" : "; " + afterStart.group(2)) + ")";
        }
        return inlineFields(trimmed);
    }

    // What a reason is about within a working-hours place ("the end", "the end date"); null elsewhere.
    private static String subject(String field) {
        Matcher day = DAY_INTERVAL.matcher(field);
        if (day.matches()) {
            return day.group(3) == null ? "the interval" : "the " + words(day.group(3));
        }
        Matcher holiday = HOLIDAY.matcher(field);
        if (holiday.matches()) {
            return holiday.group(2) == null ? "the holiday" : "the " + words(holiday.group(2));
        }
        return null;
    }

    // Field paths and camel-cased names quoted in a reason, in words.
    private static String inlineFields(String reason) {
        Matcher day = DAY_INTERVAL.matcher(reason);
        StringBuilder out = new StringBuilder();
        while (day.find()) {
            day.appendReplacement(out, Matcher.quoteReplacement(place(day.group())));
        }
        day.appendTail(out);
        // Camel-cased field names become words, outside quotes only: a quoted name is the supervisor's own text.
        StringBuilder words = new StringBuilder();
        String[] parts = out.toString().split("(?=')|(?<=')");
        boolean quoted = false;
        for (String part : parts) {
            if (part.equals("'")) {
                quoted = !quoted;
                words.append(part);
                continue;
            }
            words.append(
                    quoted
                            ? UserText.isolated(part)
                            : CAMEL.matcher(part).replaceAll(m -> Matcher.quoteReplacement("the " + words(m.group()))));
        }
        return words.toString();
    }

    /** A field name in lower-case words: "validFrom" as "valid from", "senderId" as "sender", "MONDAY" as "monday". */
    static String words(String name) {
        String bare = name.replaceAll("Ids?$", name.endsWith("Ids") ? "s" : "");
        return bare.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static String singular(String words) {
        if (words.endsWith("ies")) {
            return words.substring(0, words.length() - 3) + "y";
        }
        return words.endsWith("s") ? words.substring(0, words.length() - 1) : words;
    }

    private static String dayName(String day) {
        return capitalized(day.toLowerCase(Locale.ROOT));
    }

    private static String capitalized(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
