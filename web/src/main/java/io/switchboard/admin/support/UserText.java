package io.switchboard.admin.support;

/**
 * Text a user wrote (a route's name, a tag, an address) inside a sentence of ours: isolated between FIRST STRONG
 * ISOLATE (U+2068) and POP DIRECTIONAL ISOLATE (U+2069) so right-to-left letters or direction controls in it cannot
 * reorder the words around it ("Route 'دعم' saved" stays in that order). Left-to-right text needs no isolate and is
 * left as typed, so messages stay plain for copy and search. The one helper every page message uses; pure, so
 * unit-tested.
 */
public final class UserText {

    /** Opens the isolate (FSI): the text takes the direction of its first strong letter. */
    public static final char FSI = '\u2068';

    /** Closes the isolate (PDI). */
    public static final char PDI = '\u2069';

    private UserText() {}

    /** The text, isolated when it could change the order of the sentence around it. */
    public static String isolated(String text) {
        if (text == null || text.isEmpty() || !needsIsolation(text)) {
            return text;
        }
        return FSI + closed(text) + PDI;
    }

    /** The text in single quotes, isolated: "'" + name + "'" for a sentence ("Tag 'x' created"). */
    public static String quoted(String text) {
        return "'" + isolated(text) + "'";
    }

    // Right-to-left letters, or any direction control that could leak out of the text.
    static boolean needsIsolation(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            switch (Character.getDirectionality(c)) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
                        Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
                        Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
                        Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
                        Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
                        Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE,
                        Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> {
                    return true;
                }
                default -> {}
            }
            i += Character.charCount(c);
        }
        return false;
    }

    // Embeddings and overrides the text opens but does not close would reach past our PDI: closed here first.
    private static String closed(String text) {
        int embeddings = 0;
        int isolates = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\u202A', '\u202B', '\u202D', '\u202E' -> embeddings++;
                case '\u202C' -> embeddings = Math.max(0, embeddings - 1);
                case '\u2066', '\u2067', '\u2068' -> isolates++;
                case '\u2069' -> isolates = Math.max(0, isolates - 1);
                default -> {}
            }
        }
        return text + "\u202C".repeat(embeddings) + "\u2069".repeat(isolates);
    }
}
