package io.switchboard.conversations;

/**
 * The one rule for the id people see of a conversation (lists, panels, reports, messages to the customer): with the
 * Short ID setting on, its short ID, which replaces the conversation's id; otherwise the conversation's id.
 */
public final class DisplayIds {

    private DisplayIds() {}

    public static long of(long id, long shortId, boolean shortIdEnabled) {
        return shortIdEnabled ? shortId : id;
    }

    public static long of(Conversation conversation, boolean shortIdEnabled) {
        return of(conversation.getId(), conversation.getShortId(), shortIdEnabled);
    }

    /** The placeholder an automated message's text (away message, waiting strategy) may hold for this id. */
    public static final String PLACEHOLDER = "{conversationId}";

    /** The text with each {@link #PLACEHOLDER} replaced by the id people see. */
    public static String fill(String text, long displayId) {
        return text == null ? null : text.replace(PLACEHOLDER, String.valueOf(displayId));
    }
}
