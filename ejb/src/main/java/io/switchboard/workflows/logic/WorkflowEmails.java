package io.switchboard.workflows.logic;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The texts of a workflow's emails that the supervisor does not write: the transcript of a conversation, the body of
 * a notification written with a subject only, and a subject fit for one header line.
 */
public final class WorkflowEmails {

    /** What a masked (sensitive) message shows in a transcript, as it shows to agents. */
    public static final String MASKED = "[sensitive content hidden]";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    /** One message of a transcript: when, who (a name or address) and what. */
    public record Line(Instant at, String who, String text, boolean sensitive) {}

    private WorkflowEmails() {}

    /**
     * The conversation's messages in order, one block each: time and author, then the text (a sensitive one
     * masked, an empty one, such as an attachment only, marked so).
     */
    public static String transcript(String heading, List<Line> lines) {
        StringBuilder out = new StringBuilder(heading).append("\n\n");
        if (lines.isEmpty()) {
            out.append("(no messages)\n");
        }
        for (Line line : lines) {
            out.append(TIME.format(line.at().atOffset(ZoneOffset.UTC)))
                    .append("  ")
                    .append(line.who() == null || line.who().isBlank() ? "Unknown" : line.who())
                    .append('\n');
            String text = line.sensitive()
                    ? MASKED
                    : line.text() == null || line.text().isBlank() ? "(no text)" : line.text();
            out.append(text).append("\n\n");
        }
        return out.toString();
    }

    /** A notification's body when the workflow gives none: which conversation, where it stands. */
    public static String notification(String subject, Map<String, String> values) {
        return subject + "\n\nConversation " + value(values, "conversation.shortId") + " (number "
                + value(values, "conversation.id") + ")\nStatus: " + value(values, "conversation.status")
                + "\nQueue: " + value(values, "conversation.queue") + "\nCustomer: "
                + value(values, "customer.name") + "\n";
    }

    /** A subject on one line: a placeholder's line breaks (a message's text) become spaces, never new headers. */
    public static String oneLine(String subject) {
        return subject.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private static String value(Map<String, String> values, String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? "-" : value;
    }
}
