package io.switchboard.forms.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GuardedRegexTest {

    @Test
    void matchesTheWholeValueWithinTheBudget() {
        Pattern digits = Pattern.compile("[0-9]{6}");
        assertThat(GuardedRegex.matches(digits, "123456", GuardedRegex.STEP_BUDGET))
                .isTrue();
        assertThat(GuardedRegex.matches(digits, "1234567", GuardedRegex.STEP_BUDGET))
                .isFalse();
        assertThat(GuardedRegex.matches(Pattern.compile("(ab|a)*c"), "ababac", GuardedRegex.STEP_BUDGET))
                .isTrue();
    }

    @Test
    void givesUpOnCatastrophicBacktracking() {
        // Java's engine copes with (a+)+b by itself since JDK 9; nested unbounded repeats still explode.
        for (String evil : new String[] {"(.*a){20}", "(.*a){15}", "(.*a){12}b"}) {
            long start = System.nanoTime();
            assertThatThrownBy(() ->
                            GuardedRegex.matches(Pattern.compile(evil), "a".repeat(60) + "!", GuardedRegex.STEP_BUDGET))
                    .as(evil)
                    .isInstanceOf(GuardedRegex.TooCostly.class);
            assertThat(System.nanoTime() - start).as(evil).isLessThan(2_000_000_000L);
        }
    }

    @Test
    void theBudgetCountsCharactersRead() {
        assertThatThrownBy(() -> GuardedRegex.matches(Pattern.compile("[0-9]+"), "123456", 3))
                .isInstanceOf(GuardedRegex.TooCostly.class);
    }
}
