package io.switchboard.waiting.logic;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.waiting.logic.PositionWording.Numbering;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PositionWordingTest {

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({
        "en-US, ORDINAL, 1, first",
        "en-US, ORDINAL, 2, second",
        "en-US, ORDINAL, 23, twenty-third",
        "en-US, CARDINAL, 2, two",
        "en-US, CARDINAL, 23, twenty-three",
        "en-GB, ADAPTIVE, 3, third",
        "en-GB, ADAPTIVE, 10, tenth",
        "en-GB, ADAPTIVE, 11, eleven",
        "de-DE, ORDINAL, 2, zweite",
        "de-DE, CARDINAL, 2, zwei",
        "fr-FR, ORDINAL, 2, deuxième",
        "fr-FR, CARDINAL, 2, deux",
        "es-ES, ORDINAL, 2, segundo",
        "hr-HR, CARDINAL, 2, dva"
    })
    void readsThePositionInTheLanguage(String tag, Numbering numbering, int position, String expected) {
        assertThat(PositionWording.render(Locale.forLanguageTag(tag), numbering, position))
                .isEqualTo(expected);
    }

    @Test
    void adaptiveSwitchesToCardinalsAboveTen() {
        Locale english = Locale.forLanguageTag("en");
        for (int position = 1; position <= PositionWording.ADAPTIVE_ORDINAL_LIMIT; position++) {
            assertThat(PositionWording.render(english, Numbering.ADAPTIVE, position))
                    .isEqualTo(PositionWording.render(english, Numbering.ORDINAL, position));
        }
        for (int position = 11; position <= 40; position++) {
            assertThat(PositionWording.render(english, Numbering.ADAPTIVE, position))
                    .isEqualTo(PositionWording.render(english, Numbering.CARDINAL, position));
        }
    }

    @Test
    void languagesWithoutSpellOutRulesGetDigits() {
        Locale unknown = Locale.forLanguageTag("tlh");
        assertThat(PositionWording.hasSpellOut(unknown)).isFalse();
        assertThat(PositionWording.render(unknown, Numbering.ORDINAL, 2)).isEqualTo("2");
        assertThat(PositionWording.hasSpellOut(Locale.forLanguageTag("en-US"))).isTrue();
    }
}
