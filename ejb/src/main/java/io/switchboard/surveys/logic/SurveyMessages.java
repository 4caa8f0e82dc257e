package io.switchboard.surveys.logic;

/** The texts a customer receives: the survey by link or by reply, and the follow-up question after a reply. */
public final class SurveyMessages {

    private SurveyMessages() {}

    /** The questions, then a link to the survey page. */
    public static String withLink(String satisfactionQuestion, String resolvedQuestion, String link) {
        return satisfactionQuestion + "\n" + resolvedQuestion + "\nPlease tell us here: " + link;
    }

    /** The questions, then the two answers as numbers to reply with. */
    public static String byReply(
            String satisfactionQuestion, String resolvedQuestion, String happyLabel, String notHappyLabel) {
        return satisfactionQuestion + "\n" + resolvedQuestion + "\nReply 1 for " + happyLabel + " or 2 for "
                + notHappyLabel + ".";
    }
}
