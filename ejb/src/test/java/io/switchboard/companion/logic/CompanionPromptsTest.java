package io.switchboard.companion.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanionPromptsTest {

    private static final Instant T = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void promptsCarryTheTranscriptAndTheExamples() {
        List<Line> current = List.of(
                new Line(2, Line.Speaker.CUSTOMER, "I was charged twice", T),
                new Line(2, Line.Speaker.AGENT, "We will refund it", T.plusSeconds(60)));

        List<CompanionPrompts.ChatMessage> summary = CompanionPrompts.summary(
                current, List.of(new Line(1, Line.Speaker.CUSTOMER, "Earlier question", T.minusSeconds(9000))));
        assertThat(summary).extracting(CompanionPrompts.ChatMessage::role).containsExactly("system", "user");
        assertThat(summary.get(1).content())
                .contains("Earlier conversations of this customer:\nCustomer: Earlier question")
                .contains("Customer: I was charged twice\nAgent: We will refund it");

        List<CompanionPrompts.ChatMessage> replies = CompanionPrompts.replies(current, List.of("Refunded."));
        assertThat(replies.get(1).content()).contains("- Refunded.");
    }

    @Test
    void readsTheModelsLinesWithoutNumberingOrQuotes() {
        assertThat(CompanionPrompts.lines("1. First reply\n\n2) \"Second reply\"\n- Third\n* Fourth", 3))
                .containsExactly("First reply", "Second reply", "Third");
        assertThat(CompanionPrompts.lines(null, 3)).isEmpty();
    }

    @Test
    void guessesTheLanguageFromItsStopWords() {
        assertThat(TextAnalysis.guess("Where is my parcel? It has not arrived."))
                .isEqualTo(TextAnalysis.Language.ENGLISH);
        assertThat(TextAnalysis.guess("Wo ist mein Paket? Es ist noch nicht angekommen."))
                .isEqualTo(TextAnalysis.Language.GERMAN);
        assertThat(TextAnalysis.guess("¿Dónde está mi paquete? Todavía no ha llegado."))
                .isEqualTo(TextAnalysis.Language.SPANISH);
        assertThat(TextAnalysis.terms("The parcels were delivered", TextAnalysis.Language.ENGLISH))
                .containsExactly("parcel", "were", "deliv");
    }
}
