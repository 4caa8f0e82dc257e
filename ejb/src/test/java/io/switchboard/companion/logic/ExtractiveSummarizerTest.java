package io.switchboard.companion.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtractiveSummarizerTest {

    private static final Instant T = Instant.parse("2026-11-20T09:00:00Z");
    private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

    private static Line customer(long conversation, int minute, String text) {
        return new Line(conversation, Line.Speaker.CUSTOMER, text, T.plusSeconds(minute * 60L));
    }

    private static Line agent(long conversation, int minute, String text) {
        return new Line(conversation, Line.Speaker.AGENT, text, T.plusSeconds(minute * 60L));
    }

    // The guide: the summary gives "each interaction's key points, context, and history".
    @Test
    void quotesAskedPromisedAndOpenQuestions() {
        List<Line> current = List.of(
                customer(2, 0, "Hi. I was charged twice for my order 7781. I want a refund please."),
                agent(2, 1, "Sorry about that! We will refund the second charge within 5 days."),
                customer(2, 2, "Thanks. When exactly will I see the money on my card?"));

        ExtractiveSummarizer.Summary summary = summarizer.summarize(current, List.of());

        assertThat(summary.asked())
                .contains("I want a refund please.", "When exactly will I see the money on my card?");
        assertThat(summary.promised()).containsExactly("We will refund the second charge within 5 days.");
        assertThat(summary.openQuestions()).containsExactly("When exactly will I see the money on my card?");
        assertThat(summary.keyPoints()).isNotEmpty().hasSizeLessThanOrEqualTo(ExtractiveSummarizer.KEY_POINTS);
        assertThat(summary.keyPoints()).noneMatch(s -> s.equals("Hi.") || s.equals("Thanks."));
        assertThat(summary.past()).isEmpty();
    }

    @Test
    void aQuestionAnsweredIsNoLongerOpen() {
        List<Line> current =
                List.of(customer(2, 0, "Do you ship to Croatia?"), agent(2, 1, "Yes, we ship to all EU countries."));

        assertThat(summarizer.summarize(current, List.of()).openQuestions()).isEmpty();
    }

    @Test
    void keyPointsAreTheCentralSentencesInTheOrderWritten() {
        List<Line> current = List.of(
                customer(2, 0, "My parcel has not arrived. The parcel tracking shows no update for the parcel."),
                agent(2, 1, "Nice weather today."),
                customer(2, 2, "The courier lost the parcel, I think, the tracking is stuck."),
                agent(2, 3, "I checked the tracking: the courier will deliver the parcel tomorrow."));

        List<String> points = summarizer.summarize(current, List.of()).keyPoints();

        assertThat(points).doesNotContain("Nice weather today.");
        assertThat(points)
                .containsSubsequence(
                        "The courier lost the parcel, I think, the tracking is stuck.",
                        "I checked the tracking: the courier will deliver the parcel tomorrow.");
    }

    @Test
    void summarizesTheCustomersMostRecentPastConversations() {
        List<Line> past = List.of(
                customer(1, -600, "My new phone screen is cracked after one day of use."),
                agent(1, -599, "We will send a replacement phone screen today."),
                customer(3, -60, "Can I change the delivery address of my order?"),
                agent(3, -59, "Sure, the delivery address of your order is changed."));

        ExtractiveSummarizer.Summary summary = summarizer.summarize(List.of(customer(4, 0, "Hello again")), past);

        assertThat(summary.past())
                .extracting(ExtractiveSummarizer.Past::conversationId)
                .containsExactly(3L, 1L);
        assertThat(summary.past().get(1).keyPoints()).anyMatch(s -> s.contains("screen"));
    }

    @Test
    void textRankRanksTheSentenceSharingMostTermsHighest() {
        double[] rank = ExtractiveSummarizer.textRank(
                List.of(Set.of("parcel", "late"), Set.of("parcel", "courier", "late"), Set.of("weather")));

        assertThat(rank[1]).isGreaterThanOrEqualTo(rank[0]).isGreaterThan(rank[2]);
    }

    @Test
    void recognisesQuestionsRequestsAndPromises() {
        assertThat(ExtractiveSummarizer.isQuestion("Where is my order?")).isTrue();
        assertThat(ExtractiveSummarizer.isQuestion("Where is my order")).isTrue();
        assertThat(ExtractiveSummarizer.isQuestion("My order is late.")).isFalse();
        assertThat(ExtractiveSummarizer.isRequest("Please cancel it.")).isTrue();
        assertThat(ExtractiveSummarizer.isPromise("I'll call you back tomorrow."))
                .isTrue();
        assertThat(ExtractiveSummarizer.isPromise("You will receive it by Friday."))
                .isTrue();
        assertThat(ExtractiveSummarizer.isPromise("It was sent last week.")).isFalse();
    }
}
