package io.switchboard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @Test
    void keepsTabsAndLineBreaks() {
        assertThat(PlainText.problem("Sales\tEMEA\r\nsecond line")).isEmpty();
        assertThat(PlainText.problem("Grüße, 你好, emoji 🙂")).isEmpty();
    }

    @Test
    void refusesNulEverywhere() {
        assertThat(PlainText.problem("a\u0000b")).contains("must not contain the NUL character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0001", "\u0007", "\u000b", "\u000c", "\u001b", "\u007f", "\u0085", "\u009f"})
    void refusesOtherControlCharacters(String control) {
        assertThat(PlainText.problem("x" + control)).get().asString().startsWith("must not contain the control");
    }
}
