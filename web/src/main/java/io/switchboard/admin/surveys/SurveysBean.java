package io.switchboard.admin.surveys;

import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.surveys.SurveyService;
import io.switchboard.surveys.SurveySettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings › Surveys: whether Solved conversations send the customer a survey, how soon, the least time between two
 * surveys to one customer, and the texts the customer reads. Times are an amount of a unit ("5 minutes").
 */
@Named
@ViewScoped
public class SurveysBean implements Serializable {

    private static final List<ChronoUnit> UNITS =
            List.of(ChronoUnit.DAYS, ChronoUnit.HOURS, ChronoUnit.MINUTES, ChronoUnit.SECONDS);

    @EJB
    transient SurveyService surveys;

    private boolean enabled;
    private Long delayAmount;
    private String delayUnit;
    private Long intervalAmount;
    private String intervalUnit;
    private String satisfactionQuestion;
    private String resolvedQuestion;
    private String happyLabel;
    private String notHappyLabel;
    private String followUpQuestion;

    @PostConstruct
    void load() {
        show(surveys.settings());
    }

    private void show(SurveySettings settings) {
        enabled = settings.enabled();
        Map.Entry<Long, ChronoUnit> delay = amount(Duration.parse(settings.delay()));
        delayAmount = delay.getKey();
        delayUnit = delay.getValue().name();
        Map.Entry<Long, ChronoUnit> interval = amount(Duration.parse(settings.minimumInterval()));
        intervalAmount = interval.getKey();
        intervalUnit = interval.getValue().name();
        satisfactionQuestion = settings.satisfactionQuestion();
        resolvedQuestion = settings.resolvedQuestion();
        happyLabel = settings.happyLabel();
        notHappyLabel = settings.notHappyLabel();
        followUpQuestion = settings.followUpQuestion();
    }

    @ReportsRefusals
    public void save() {
        if (delayAmount == null) {
            Messages.failAt("surveys:delay", "Enter how long after Solved the survey goes out");
            return;
        }
        if (intervalAmount == null) {
            Messages.failAt("surveys:interval", "Enter the least time between two surveys to one customer");
            return;
        }
        show(surveys.change(new SurveySettings(
                enabled,
                Duration.of(delayAmount, ChronoUnit.valueOf(delayUnit)).toString(),
                Duration.of(intervalAmount, ChronoUnit.valueOf(intervalUnit)).toString(),
                satisfactionQuestion,
                resolvedQuestion,
                happyLabel,
                notHappyLabel,
                followUpQuestion)));
        Messages.inform(
                enabled ? "Surveys saved: Solved conversations send a survey" : "Surveys saved: surveys are off");
    }

    /** The units times are written in, as people read them. */
    public Map<String, String> getUnits() {
        Map<String, String> units = new LinkedHashMap<>();
        units.put("seconds", ChronoUnit.SECONDS.name());
        units.put("minutes", ChronoUnit.MINUTES.name());
        units.put("hours", ChronoUnit.HOURS.name());
        units.put("days", ChronoUnit.DAYS.name());
        return units;
    }

    /** The largest unit that counts a time exactly. */
    static Map.Entry<Long, ChronoUnit> amount(Duration time) {
        for (ChronoUnit unit : UNITS) {
            long seconds = unit.getDuration().getSeconds();
            if (time.getNano() == 0
                    && time.getSeconds() % seconds == 0
                    && (time.getSeconds() > 0 || unit == ChronoUnit.MINUTES)) {
                return Map.entry(time.getSeconds() / seconds, unit);
            }
        }
        return Map.entry(time.getSeconds(), ChronoUnit.SECONDS);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getDelayAmount() {
        return delayAmount;
    }

    public void setDelayAmount(Long delayAmount) {
        this.delayAmount = delayAmount;
    }

    public String getDelayUnit() {
        return delayUnit;
    }

    public void setDelayUnit(String delayUnit) {
        this.delayUnit = delayUnit;
    }

    public Long getIntervalAmount() {
        return intervalAmount;
    }

    public void setIntervalAmount(Long intervalAmount) {
        this.intervalAmount = intervalAmount;
    }

    public String getIntervalUnit() {
        return intervalUnit;
    }

    public void setIntervalUnit(String intervalUnit) {
        this.intervalUnit = intervalUnit;
    }

    public String getSatisfactionQuestion() {
        return satisfactionQuestion;
    }

    public void setSatisfactionQuestion(String satisfactionQuestion) {
        this.satisfactionQuestion = satisfactionQuestion;
    }

    public String getResolvedQuestion() {
        return resolvedQuestion;
    }

    public void setResolvedQuestion(String resolvedQuestion) {
        this.resolvedQuestion = resolvedQuestion;
    }

    public String getHappyLabel() {
        return happyLabel;
    }

    public void setHappyLabel(String happyLabel) {
        this.happyLabel = happyLabel;
    }

    public String getNotHappyLabel() {
        return notHappyLabel;
    }

    public void setNotHappyLabel(String notHappyLabel) {
        this.notHappyLabel = notHappyLabel;
    }

    public String getFollowUpQuestion() {
        return followUpQuestion;
    }

    public void setFollowUpQuestion(String followUpQuestion) {
        this.followUpQuestion = followUpQuestion;
    }
}
