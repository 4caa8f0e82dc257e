package io.switchboard.surveys.logic;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a customer's reply to a survey message leniently: "1" (or "1.", " 1 ", "one", "happy", "yes", a thumbs up)
 * is happy, "2" (or "two", "not happy", "unhappy", "no", a thumbs down) is not; a number may be followed by a
 * comment ("2 - the wait was long"). Anything else is no answer, so an ordinary message is never taken for a score.
 */
public final class SurveyReplies {

    public static final String HAPPY = "HAPPY";
    public static final String NOT_HAPPY = "NOT_HAPPY";

    /** A score read from a reply, with the rest of the reply as its comment (null when there is none). */
    public record Reply(String score, String comment) {}

    private static final Set<String> HAPPY_WORDS =
            Set.of("1", "one", "happy", "yes", "y", "good", "great", ":)", ":-)", "\uD83D\uDC4D", "\uD83D\uDE42");
    private static final Set<String> NOT_HAPPY_WORDS =
            Set.of("2", "two", "not happy", "unhappy", "no", "n", "bad", ":(", ":-(", "\uD83D\uDC4E", "\uD83D\uDE41");
    private static final Pattern NUMBER_THEN_COMMENT =
            Pattern.compile("^([12])(?:[\\s.,:;!)\\-]+(.*))?$", Pattern.DOTALL);
    private static final Pattern TRIM = Pattern.compile("^[\\s\"'(]+|[\\s\"'.!]+$");

    private SurveyReplies() {}

    public static Optional<Reply> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = TRIM.matcher(text).replaceAll("");
        String word = plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (HAPPY_WORDS.contains(word)) {
            return Optional.of(new Reply(HAPPY, null));
        }
        if (NOT_HAPPY_WORDS.contains(word)) {
            return Optional.of(new Reply(NOT_HAPPY, null));
        }
        Matcher numbered = NUMBER_THEN_COMMENT.matcher(plain);
        if (numbered.matches()) {
            String comment = numbered.group(2) == null ? "" : numbered.group(2).strip();
            return Optional.of(
                    new Reply(numbered.group(1).equals("1") ? HAPPY : NOT_HAPPY, comment.isEmpty() ? null : comment));
        }
        return Optional.empty();
    }
}
