package io.switchboard.surveys;

/** What the public survey page shows for a valid, unanswered token: the questions and the answers to pick. */
public record SurveyPage(
        String satisfactionQuestion,
        String resolvedQuestion,
        String happyLabel,
        String notHappyLabel,
        String followUpQuestion) {}
