package io.switchboard.admin.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 15: "text with right-to-left control characters does not reorder the surrounding text". */
class UserTextTest {

    @Test
    void rightToLeftTextIsIsolatedInsideTheSentence() {
        assertThat("Route " + UserText.quoted("دعم العملاء") + " saved")
                .isEqualTo("Route '\u2068دعم العملاء\u2069' saved");
        assertThat(UserText.isolated("תמיכה 2")).isEqualTo("\u2068תמיכה 2\u2069");
    }

    @Test
    void leftToRightTextStaysAsTyped() {
        assertThat(UserText.quoted("Support line")).isEqualTo("'Support line'");
        assertThat(UserText.isolated("+385 100 200")).isEqualTo("+385 100 200");
        assertThat(UserText.isolated(null)).isNull();
        assertThat(UserText.isolated("")).isEmpty();
    }

    @Test
    void aDirectionControlIsIsolatedAndCannotLeakOut() {
        // An override opened in the name and never closed would turn the rest of the sentence around.
        assertThat(UserText.isolated("abc\u202Edef")).isEqualTo("\u2068abc\u202Edef\u202C\u2069");
        assertThat(UserText.isolated("x\u2067y")).isEqualTo("\u2068x\u2067y\u2069\u2069");
    }
}
