package io.switchboard.companion.logic;

import java.util.ArrayList;
import java.util.List;

/**
 * What the suggestions learn from: in a solved conversation, each reply an agent (a person, not a bot) sent and the
 * customer's messages it answered (those since our side last wrote).
 */
public final class ReplyPairs {

    /** The customer's words and the agent's reply to them. */
    public record Pair(String customerText, String reply) {}

    private ReplyPairs() {}

    /** The pairs of one conversation's lines, oldest first. */
    public static List<Pair> of(List<Line> lines) {
        List<Pair> pairs = new ArrayList<>();
        StringBuilder asked = new StringBuilder();
        for (Line line : lines) {
            if (line.text().isBlank()) {
                continue;
            }
            switch (line.speaker()) {
                case CUSTOMER -> asked.append(asked.isEmpty() ? "" : "\n").append(line.text());
                case AGENT -> {
                    if (!asked.isEmpty()) {
                        pairs.add(new Pair(asked.toString(), line.text()));
                    }
                    asked.setLength(0);
                }
                case BOT -> asked.setLength(0);
            }
        }
        return pairs;
    }

    /**
     * The customer's last words: their messages since our side last wrote, joined; when we answered already, their
     * last message. Empty when the customer wrote nothing.
     */
    public static String lastCustomerTurn(List<Line> lines) {
        StringBuilder asked = new StringBuilder();
        String last = "";
        for (Line line : lines) {
            if (line.ours()) {
                asked.setLength(0);
            } else if (!line.text().isBlank()) {
                asked.append(asked.isEmpty() ? "" : "\n").append(line.text());
                last = line.text();
            }
        }
        return asked.isEmpty() ? last : asked.toString();
    }
}
