package io.switchboard.surveys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The survey setting (one row): whether Solved conversations get a survey, how long after, the least time between two
 * surveys to one customer, and the texts the customer reads. Also holds the server's secret that signs survey links.
 */
@Entity
@Table(name = "survey_setting")
public class SurveySetting {

    public static final long ID = 1;

    @Id
    private Long id;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "delay_after_solved", nullable = false)
    private String delay;

    @Column(name = "minimum_interval", nullable = false)
    private String minimumInterval;

    @Column(name = "satisfaction_question", nullable = false)
    private String satisfactionQuestion;

    @Column(name = "resolved_question", nullable = false)
    private String resolvedQuestion;

    @Column(name = "happy_label", nullable = false)
    private String happyLabel;

    @Column(name = "not_happy_label", nullable = false)
    private String notHappyLabel;

    @Column(name = "follow_up_question")
    private String followUpQuestion;

    @Column(name = "signing_secret")
    private String signingSecret;

    @Version
    private long version;

    protected SurveySetting() {}

    /** Replaces everything a supervisor edits (checked by the caller). */
    public void change(
            boolean newEnabled,
            String newDelay,
            String newMinimumInterval,
            String newSatisfactionQuestion,
            String newResolvedQuestion,
            String newHappyLabel,
            String newNotHappyLabel,
            String newFollowUpQuestion) {
        enabled = newEnabled;
        delay = newDelay;
        minimumInterval = newMinimumInterval;
        satisfactionQuestion = newSatisfactionQuestion;
        resolvedQuestion = newResolvedQuestion;
        happyLabel = newHappyLabel;
        notHappyLabel = newNotHappyLabel;
        followUpQuestion = newFollowUpQuestion;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getDelay() {
        return delay;
    }

    public String getMinimumInterval() {
        return minimumInterval;
    }

    public String getSatisfactionQuestion() {
        return satisfactionQuestion;
    }

    public String getResolvedQuestion() {
        return resolvedQuestion;
    }

    public String getHappyLabel() {
        return happyLabel;
    }

    public String getNotHappyLabel() {
        return notHappyLabel;
    }

    public String getFollowUpQuestion() {
        return followUpQuestion;
    }

    public String getSigningSecret() {
        return signingSecret;
    }
}
