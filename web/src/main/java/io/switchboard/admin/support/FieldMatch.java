package io.switchboard.admin.support;

/**
 * How well an input that shows refusals of one field path matches a refused field: exactly, as the part before a
 * nested path ("greeting" for "greeting.text"), or as the name of what a reference names ("sender" for "senderId",
 * "senders" for "senderIds"). Pure, so unit-tested; 0 is no match, more is better.
 */
public final class FieldMatch {

    private FieldMatch() {}

    public static int score(String shows, String field, boolean declared) {
        if (shows == null || shows.isBlank() || field == null) {
            return 0;
        }
        // A declared field beats an id of the same length: the page said so.
        int bonus = declared ? 1 : 0;
        if (shows.equals(field) || shows.equals(referenceName(field))) {
            return 10_000 + bonus;
        }
        if (field.startsWith(shows + ".") || field.startsWith(shows + "[")) {
            return 2 * shows.length() + bonus;
        }
        return 0;
    }

    // "senderId" as "sender", "queueIds" as "queues"; else the field itself.
    static String referenceName(String field) {
        if (field.endsWith("Ids") && field.length() > 3) {
            return field.substring(0, field.length() - 3) + "s";
        }
        if (field.endsWith("Id") && field.length() > 2) {
            return field.substring(0, field.length() - 2);
        }
        return field;
    }
}
