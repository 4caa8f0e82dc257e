package io.switchboard.forms.logic;

import java.util.regex.Pattern;

/**
 * Matches a value against a supervisor's pattern without letting a catastrophic pattern ({@code (a+)+b} on a long
 * run of a's) hold a request thread: the value is handed to the regex engine through a character sequence that
 * counts every character read and gives up past a budget. Java's engine reads characters only through
 * {@code charAt}, so the count bounds its work on backtracking patterns whatever the pattern is.
 */
public final class GuardedRegex {

    /** Characters the engine may read for one value: far above any sane pattern's need, a few ms of work. */
    public static final long STEP_BUDGET = 1_000_000;

    private GuardedRegex() {}

    /** Thrown when the budget runs out before the engine decides. */
    public static final class TooCostly extends RuntimeException {
        TooCostly() {
            super("the pattern needs too much work for this value", null, false, false);
        }
    }

    /** Whether the whole value matches; {@link TooCostly} when the budget runs out first. */
    public static boolean matches(Pattern pattern, String value, long budget) {
        return pattern.matcher(new Budgeted(value, budget)).matches();
    }

    private static final class Budgeted implements CharSequence {
        private final String text;
        private final long[] left;

        Budgeted(String text, long budget) {
            this(text, new long[] {budget});
        }

        private Budgeted(String text, long[] left) {
            this.text = text;
            this.left = left;
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new TooCostly();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            // Shares the budget: work on a slice counts against the whole value's.
            return new Budgeted(text.substring(start, end), left);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
