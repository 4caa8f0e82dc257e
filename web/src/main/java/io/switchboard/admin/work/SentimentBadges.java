package io.switchboard.admin.work;

import io.switchboard.sentiment.SentimentService;
import io.switchboard.sentiment.logic.SentimentLabel;
import io.switchboard.sentiment.logic.SentimentScores;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A conversation's sentiment as the work screens show it: the label with a colour and a face, the score, and the
 * trend from the first customer message to now. Read once per conversation and request.
 */
@Named
@RequestScoped
public class SentimentBadges {

    /** What one badge shows; {@code text} is also its tooltip. */
    public record Badge(String label, String styleClass, String icon, String trend, String text) {
        // Jakarta EL 5 reads bean getters, not record accessors.
        public String getLabel() {
            return label;
        }

        public String getStyleClass() {
            return styleClass;
        }

        public String getIcon() {
            return icon;
        }

        public String getTrend() {
            return trend;
        }

        public String getText() {
            return text;
        }
    }

    @EJB
    SentimentService sentiment;

    private final Map<Long, Optional<Badge>> read = new HashMap<>();

    /** The conversation's badge, or null while it has no score. */
    public Badge of(Long conversationId) {
        if (conversationId == null) {
            return null;
        }
        return read.computeIfAbsent(conversationId, id -> sentiment.of(id).map(SentimentBadges::badge))
                .orElse(null);
    }

    /** The scores of the conversation's customer messages, oldest first, as "+0.10". */
    public java.util.List<String> scores(Long conversationId) {
        if (conversationId == null) {
            return java.util.List.of();
        }
        return sentiment
                .of(conversationId)
                .map(s -> s.messages().stream()
                        .map(m -> String.format(Locale.ROOT, "%+.2f", m.getScore()))
                        .toList())
                .orElse(java.util.List.of());
    }

    /** Whether customers' messages are scored now (the setting). */
    public boolean isEnabled() {
        return sentiment.enabled();
    }

    static Badge badge(SentimentService.Summary summary) {
        SentimentLabel label = summary.label();
        SentimentScores.Trend trend = summary.trend();
        String arrow = switch (trend) {
            case UP -> "\u2197";
            case DOWN -> "\u2198";
            case FLAT -> "\u2192";
        };
        String icon = switch (label) {
            case NEGATIVE -> "pi pi-thumbs-down";
            case NEUTRAL -> "pi pi-minus-circle";
            case POSITIVE -> "pi pi-thumbs-up";
        };
        String text = String.format(
                Locale.ROOT,
                "%s (%+.2f), %s since the first message (%+.2f)",
                label.text(),
                summary.score(),
                switch (trend) {
                    case UP -> "better";
                    case DOWN -> "worse";
                    case FLAT -> "about the same";
                },
                summary.firstScore());
        return new Badge(
                label.text(), "sb-sentiment sb-sentiment-" + label.name().toLowerCase(Locale.ROOT), icon, arrow, text);
    }
}
