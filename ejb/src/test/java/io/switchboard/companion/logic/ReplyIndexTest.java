package io.switchboard.companion.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplyIndexTest {

    private static final Instant T = Instant.parse("2026-11-20T09:00:00Z");
    private static final String LATE = "Sorry for the delay, your parcel arrives within 2 working days.";
    private static final String REFUND = "Your refund is approved and reaches your card within 5 days.";
    private static final String HOURS = "We are open from 9:00 to 20:00, Monday to Saturday.";

    private static void solved(ReplyIndex index, long conversation, String asked, String replied) {
        index.replace(conversation, List.of(new ReplyPairs.Pair(asked, replied)));
    }

    private static ReplyIndex filled() {
        ReplyIndex index = ReplyIndex.inMemory();
        solved(index, 1, "My parcel has not arrived yet, where is it?", LATE);
        solved(index, 2, "Still waiting for my parcel, the delivery is late", LATE);
        solved(index, 3, "I want a refund for my broken kettle", REFUND);
        solved(index, 4, "What are your opening hours on Saturday?", HOURS);
        solved(index, 5, "Wo ist mein Paket? Es ist immer noch nicht angekommen.", "Ihr Paket kommt morgen an.");
        index.commit();
        return index;
    }

    // Issue 19: "retrieved from the replies agents sent to the most similar customer messages in solved
    // conversations".
    @Test
    void suggestsTheRepliesToTheMostSimilarMessagesFirstEachOnce() {
        try (ReplyIndex index = filled()) {
            List<ReplyIndex.Suggestion> suggestions = index.suggest("Hello, where is my parcel? It has not arrived", 3);

            assertThat(suggestions.get(0).text()).isEqualTo(LATE);
            assertThat(suggestions).extracting(ReplyIndex.Suggestion::text).doesNotHaveDuplicates();
            assertThat(suggestions).hasSizeLessThanOrEqualTo(3);
            assertThat(suggestions.get(0).conversationId()).isIn(1L, 2L);
        }
    }

    @Test
    void stemsSoOtherFormsOfAWordMatch() {
        try (ReplyIndex index = filled()) {
            assertThat(index.suggest("refunding please", 1))
                    .extracting(ReplyIndex.Suggestion::text)
                    .containsExactly(REFUND);
        }
    }

    @Test
    void readsEachLanguageWithItsAnalyzer() {
        try (ReplyIndex index = filled()) {
            assertThat(index.suggest("Mein Paket ist nicht angekommen, wo ist es?", 3))
                    .extracting(ReplyIndex.Suggestion::text)
                    .containsExactly("Ihr Paket kommt morgen an.");
        }
    }

    @Test
    void nothingSimilarSuggestsNothing() {
        try (ReplyIndex index = filled()) {
            assertThat(index.suggest("xylophone", 3)).isEmpty();
            assertThat(index.suggest("   ", 3)).isEmpty();
        }
    }

    @Test
    void aConversationIndexedAgainReplacesItsPairs() {
        try (ReplyIndex index = filled()) {
            solved(index, 4, "Do you ship to Croatia?", "Yes, to every EU country.");
            index.commit();

            assertThat(index.size()).isEqualTo(5);
            assertThat(index.suggest("opening hours Saturday", 3))
                    .extracting(ReplyIndex.Suggestion::text)
                    .doesNotContain(HOURS);
            index.clear();
            index.commit();
            assertThat(index.size()).isZero();
        }
    }

    @Test
    void keepsWhatWasCommittedAcrossRestarts(@TempDir Path directory) {
        try (ReplyIndex index = ReplyIndex.at(directory)) {
            solved(index, 1, "My parcel is late", LATE);
            index.commit();
        }
        try (ReplyIndex again = ReplyIndex.at(directory)) {
            assertThat(again.suggest("late parcel", 3))
                    .extracting(ReplyIndex.Suggestion::text)
                    .containsExactly(LATE);
        }
    }

    @Test
    void pairsAreTheAgentsRepliesToWhatTheCustomerWroteBefore() {
        List<Line> lines = List.of(
                new Line(1, Line.Speaker.CUSTOMER, "Hi", T),
                new Line(1, Line.Speaker.CUSTOMER, "My parcel is late", T.plusSeconds(1)),
                new Line(1, Line.Speaker.AGENT, LATE, T.plusSeconds(2)),
                new Line(1, Line.Speaker.AGENT, "Anything else?", T.plusSeconds(3)),
                new Line(1, Line.Speaker.CUSTOMER, "Refund please", T.plusSeconds(4)),
                new Line(1, Line.Speaker.BOT, "A bot answer is no agent's reply", T.plusSeconds(5)),
                new Line(1, Line.Speaker.AGENT, "Done.", T.plusSeconds(6)));

        assertThat(ReplyPairs.of(lines)).containsExactly(new ReplyPairs.Pair("Hi\nMy parcel is late", LATE));
        assertThat(ReplyPairs.lastCustomerTurn(lines)).isEqualTo("Refund please");
        assertThat(ReplyPairs.lastCustomerTurn(lines.subList(0, 2))).isEqualTo("Hi\nMy parcel is late");
    }
}
