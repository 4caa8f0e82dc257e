package io.switchboard.admin.work;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.sentiment.SentimentService;
import io.switchboard.sentiment.logic.SentimentLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentBadgesTest {

    @Test
    void showsANegativeConversationGettingWorseInRed() {
        SentimentBadges.Badge badge =
                SentimentBadges.badge(new SentimentService.Summary(-0.62, SentimentLabel.NEGATIVE, 0.1, List.of()));
        assertThat(badge.label()).isEqualTo("Negative");
        assertThat(badge.styleClass()).contains("sb-sentiment-negative");
        assertThat(badge.icon()).isEqualTo("pi pi-thumbs-down");
        assertThat(badge.trend()).isEqualTo("\u2198");
        assertThat(badge.text()).isEqualTo("Negative (-0.62), worse since the first message (+0.10)");
    }

    @Test
    void showsAPositiveConversationThatImproved() {
        SentimentBadges.Badge badge =
                SentimentBadges.badge(new SentimentService.Summary(0.5, SentimentLabel.POSITIVE, -0.3, List.of()));
        assertThat(badge.styleClass()).contains("sb-sentiment-positive");
        assertThat(badge.trend()).isEqualTo("\u2197");
        assertThat(badge.text()).contains("better");
    }

    @Test
    void showsAFlatNeutralConversation() {
        SentimentBadges.Badge badge =
                SentimentBadges.badge(new SentimentService.Summary(0.0, SentimentLabel.NEUTRAL, 0.05, List.of()));
        assertThat(badge.label()).isEqualTo("Neutral");
        assertThat(badge.trend()).isEqualTo("\u2192");
        assertThat(badge.text()).contains("about the same");
    }
}
