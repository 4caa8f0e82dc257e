package io.switchboard.surveys;

import java.time.Instant;

/** A conversation's latest survey as agents see it: when it was sent and, once answered, score and comment. */
public record SurveyAnswer(
        long surveyId,
        String channel,
        String answerBy,
        Instant sentAt,
        String score,
        String comment,
        Instant answeredAt) {

    static SurveyAnswer of(Survey survey) {
        return new SurveyAnswer(
                survey.getId(),
                survey.getChannel().name(),
                survey.getAnswerBy().name(),
                survey.getSentAt(),
                survey.getScore(),
                survey.getComment(),
                survey.getAnsweredAt());
    }
}
