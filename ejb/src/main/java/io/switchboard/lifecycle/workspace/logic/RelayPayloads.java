package io.switchboard.lifecycle.workspace.logic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The text one server instance sends the others to say which conversations changed: the sender's instance id, then
 * {@code id:SOUND} pairs, e.g. {@code 3f2a… 17:NONE,18:NEW_MESSAGE}. A notification carries at most
 * {@link #MAX_LENGTH} characters (PostgreSQL refuses payloads from 8,000 bytes on), so many changes are cut into
 * several texts.
 */
public final class RelayPayloads {

    /** Below PostgreSQL's 8,000-byte limit for a NOTIFY payload, with room to spare. */
    public static final int MAX_LENGTH = 7_000;

    private static final Pattern INSTANCE = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern SOUND = Pattern.compile("[A-Z_]{1,32}");

    private RelayPayloads() {}

    /** A decoded text: who sent it and each changed conversation with the sound its queue plays. */
    public record Payload(String instance, Map<Long, String> sounds) {}

    /** The texts that carry these changes (conversation id to sound name, in the map's order); none for none. */
    public static List<String> encode(String instance, Map<Long, String> sounds) {
        if (!INSTANCE.matcher(instance).matches()) {
            throw new IllegalArgumentException("instance id " + instance);
        }
        List<String> texts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Map.Entry<Long, String> change : sounds.entrySet()) {
            if (!SOUND.matcher(change.getValue()).matches()) {
                throw new IllegalArgumentException("sound " + change.getValue());
            }
            String pair = change.getKey() + ":" + change.getValue();
            if (text.length() > 0 && text.length() + 1 + pair.length() > MAX_LENGTH) {
                texts.add(text.toString());
                text.setLength(0);
            }
            text.append(text.length() == 0 ? instance + " " : ",").append(pair);
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
        Map<Long, String> sounds = new LinkedHashMap<>();
        for (String pair : text.substring(space + 1).split(",")) {
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            String sound = pair.substring(colon + 1);
            if (!SOUND.matcher(sound).matches()) {
                return null;
            }
            try {
                sounds.put(Long.parseLong(pair.substring(0, colon)), sound);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return new Payload(text.substring(0, space), sounds);
    }
}
