package io.switchboard.lifecycle.workspace.logic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text one server instance sends the others to say which conversations changed: the sender's instance id, then
 * the conversation ids, e.g. {@code 3f2a… 17,18}. A notification carries at most {@link #MAX_LENGTH} characters
 * (PostgreSQL refuses payloads from 8,000 bytes on), so many changes are cut into several texts.
 */
public final class RelayPayloads {

    /** Below PostgreSQL's 8,000-byte limit for a NOTIFY payload, with room to spare. */
    public static final int MAX_LENGTH = 7_000;

    private static final Pattern INSTANCE = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private RelayPayloads() {}

    /** A decoded text: who sent it and the changed conversations. */
    public record Payload(String instance, Set<Long> conversationIds) {}

    /** The texts that carry these changed conversations, in their order; none for none. */
    public static List<String> encode(String instance, Collection<Long> conversationIds) {
        if (!INSTANCE.matcher(instance).matches()) {
            throw new IllegalArgumentException("instance id " + instance);
        }
        List<String> texts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Long id : conversationIds) {
            String item = id.toString();
            if (text.length() > 0 && text.length() + 1 + item.length() > MAX_LENGTH) {
                texts.add(text.toString());
                text.setLength(0);
            }
            text.append(text.length() == 0 ? instance + " " : ",").append(item);
        }
        if (text.length() > 0) {
            texts.add(text.toString());
        }
        return texts;
    }

    /** The text's sender and changes; null for a text this class did not write (ignored, never fatal). */
    public static Payload decode(String text) {
        if (text == null) {
            return null;
        }
        int space = text.indexOf(' ');
        if (space <= 0 || !INSTANCE.matcher(text.substring(0, space)).matches()) {
            return null;
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String item : text.substring(space + 1).split(",")) {
            try {
                ids.add(Long.parseLong(item));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return new Payload(text.substring(0, space), ids);
    }
}
