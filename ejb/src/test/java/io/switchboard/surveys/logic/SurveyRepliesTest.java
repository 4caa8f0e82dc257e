package io.switchboard.surveys.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SurveyRepliesTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", " 1 ", "1.", "1!", "(1)", "one", "ONE", "Happy", "yes", "Y", ":)", "\uD83D\uDC4D"})
    void readsHappyAnswersLeniently(String text) {
        assertThat(SurveyReplies.read(text)).contains(new SurveyReplies.Reply(SurveyReplies.HAPPY, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "2.", " 2\n", "two", "not happy", "Not  Happy", "unhappy", "no", ":(", "\uD83D\uDC4E"})
    void readsNotHappyAnswersLeniently(String text) {
        assertThat(SurveyReplies.read(text)).contains(new SurveyReplies.Reply(SurveyReplies.NOT_HAPPY, null));
    }

    @Test
    void aNumberFollowedByTextCarriesItAsTheComment() {
        assertThat(SurveyReplies.read("2 - the wait was long"))
                .contains(new SurveyReplies.Reply(SurveyReplies.NOT_HAPPY, "the wait was long"));
        assertThat(SurveyReplies.read("1, thanks a lot!"))
                .contains(new SurveyReplies.Reply(SurveyReplies.HAPPY, "thanks a lot"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "   ", "3", "12", "10 items missing", "21", "hello", "my order 1", "1a", "yes please help"})
    void ordinaryMessagesAreNoAnswer(String text) {
        assertThat(SurveyReplies.read(text)).isEmpty();
    }

    @Test
    void nothingIsNoAnswer() {
        assertThat(SurveyReplies.read(null)).isEqualTo(Optional.empty());
    }
}
