package io.switchboard.api.conversations;

import io.switchboard.sentiment.SentimentService;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/**
 * A conversation's sentiment as the API shows it: the weighted score of the customer's messages (-1 to +1), its label
 * (NEGATIVE, NEUTRAL, POSITIVE), the trend since the first message (UP, DOWN, FLAT) and each scored message's score,
 * oldest first. {@code enabled} false: sentiment analysis is off and nothing is scored; score and label are null until
 * a message has a score.
 */
@JsonbNillable
public record SentimentView(boolean enabled, Double score, String label, String trend, List<MessageScore> messages) {

    /** One customer message's score. */
    public record MessageScore(long messageId, double score) {}

    static SentimentView of(boolean enabled, SentimentService.Summary summary) {
        if (summary == null) {
            return new SentimentView(enabled, null, null, null, List.of());
        }
        return new SentimentView(
                enabled,
                summary.score(),
                summary.label().name(),
                summary.trend().name(),
                summary.messages().stream()
                        .map(m -> new MessageScore(m.getMessageId(), m.getScore()))
                        .toList());
    }
}
