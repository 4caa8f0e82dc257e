package io.switchboard.companion.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the companion asks an OpenAI-compatible chat model, and how it reads the answers. The prompts carry the
 * conversation's lines only: sensitive messages never become lines, and no attribute, metadata or contact goes along.
 */
public final class CompanionPrompts {

    /** One chat message of the request: its role (system, user) and content. */
    public record ChatMessage(String role, String content) {}

    static final int MAX_LINE = 2_000;
    private static final Pattern NUMBERING =
            Pattern.compile("^\\s*(?:[-*•]|\\d+[.)]|reply\\s*\\d+:)\\s*", Pattern.CASE_INSENSITIVE);

    private CompanionPrompts() {}

    /** Asks for the summary of the conversation and the customer's past ones, one point a line. */
    public static List<ChatMessage> summary(List<Line> current, List<Line> past) {
        StringBuilder user = new StringBuilder();
        if (!past.isEmpty()) {
            user.append("Earlier conversations of this customer:\n");
            transcript(user, past);
            user.append('\n');
        }
        user.append("The current conversation:\n");
        transcript(user, current);
        return List.of(
                new ChatMessage(
                        "system",
                        "You help a contact-center agent. Summarize the customer's conversations for the agent in at"
                                + " most 8 short lines, one point a line: the key points, what the customer asked,"
                                + " what we promised, and the questions still open. Use only what the transcript"
                                + " says."),
                new ChatMessage("user", user.toString()));
    }

    /**
     * Asks for up to three replies to the customer's last words, given the conversation and replies agents sent to
     * similar messages before (examples).
     */
    public static List<ChatMessage> replies(List<Line> current, List<String> examples) {
        StringBuilder user = new StringBuilder("The conversation:\n");
        transcript(user, current);
        if (!examples.isEmpty()) {
            user.append("\nReplies our agents sent to similar messages:\n");
            examples.forEach(example -> user.append("- ").append(clip(example)).append('\n'));
        }
        return List.of(
                new ChatMessage(
                        "system",
                        "You help a contact-center agent. Write up to three different replies the agent could send"
                                + " to the customer's last message, one reply a line, without numbering. Promise"
                                + " nothing the transcript does not support."),
                new ChatMessage("user", user.toString()));
    }

    /** The model's answer as lines: numbering and bullets removed, empty lines left out. */
    public static List<String> lines(String content, int max) {
        List<String> lines = new ArrayList<>();
        if (content == null) {
            return lines;
        }
        for (String line : content.split("\\R")) {
            String text = NUMBERING.matcher(line).replaceFirst("").strip();
            if (text.startsWith("\"") && text.endsWith("\"") && text.length() > 1) {
                text = text.substring(1, text.length() - 1).strip();
            }
            if (!text.isEmpty() && lines.size() < max) {
                lines.add(text);
            }
        }
        return lines;
    }

    private static void transcript(StringBuilder out, List<Line> lines) {
        for (Line line : lines) {
            out.append(
                            switch (line.speaker()) {
                                case CUSTOMER -> "Customer: ";
                                case AGENT -> "Agent: ";
                                case BOT -> "Bot: ";
                            })
                    .append(clip(line.text()).replaceAll("\\R", " "))
                    .append('\n');
        }
    }

    private static String clip(String text) {
        return text.length() <= MAX_LINE ? text : text.substring(0, MAX_LINE) + "…";
    }
}
