package io.switchboard.admin.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 15: "Refusals in plain language next to the field they concern". */
class RefusalWordingTest {

    @Test
    void anInvertedIntervalNamesTheDayAndTheIntervalNotTheFieldPath() {
        assertThat(RefusalWording.sentence(
                        "days.MONDAY[0].end",
                        "must be after start 17:00 (an interval past midnight ends the next day)"))
                .isEqualTo("Monday, interval 1: the end must be after the start (17:00; an interval past midnight"
                        + " ends the next day)");
    }

    @Test
    void anOverlapNamesBothIntervals() {
        assertThat(RefusalWording.sentence("days.TUESDAY[1]", "overlaps days.TUESDAY[0]"))
                .isEqualTo("Tuesday, interval 2: the interval overlaps Tuesday, interval 1");
    }

    @Test
    void aHolidayEndingBeforeItStartsSpeaksOfDates() {
        assertThat(RefusalWording.sentence(
                        "holidays[0].endDate", "must not be before startDate 2026-12-24 (the end date is included)"))
                .isEqualTo("Holiday 1: the end date must not be before the start date 2026-12-24 (the end date is"
                        + " included)");
    }

    @Test
    void aMissingReferenceSaysItNoLongerExistsWithoutItsId() {
        assertThat(RefusalWording.sentence("senderId", "sender -1 does not exist"))
                .isEqualTo("The sender no longer exists");
        assertThat(RefusalWording.sentence("sender 42 does not exist")).isEqualTo("The sender no longer exists");
        assertThat(RefusalWording.sentence("workingHoursPeriodId", "working-hours period 9 does not exist"))
                .isEqualTo("The working-hours period no longer exists");
    }

    @Test
    void nestedAndCamelCasedFieldsReadAsWords() {
        assertThat(RefusalWording.place("severities[1].firstResponseMinutes"))
                .isEqualTo("Severity 2 › First response minutes");
        assertThat(RefusalWording.sentence("validTo", "must not be before validFrom"))
                .isEqualTo("Valid to must not be before the valid from");
        assertThat(RefusalWording.sentence("name", "must not be blank")).isEqualTo("Name must not be blank");
        assertThat(RefusalWording.sentence("conditions.conditions[0].value", "'x' is not a sender id"))
                .isEqualTo("Conditions › Condition 1 › Value: 'x' is not a sender id");
        assertThat(RefusalWording.place("queueIds")).isEqualTo("Queues");
        assertThat(RefusalWording.place(null)).isEmpty();
    }

    @Test
    void noSentenceKeepsADottedPathOrAnUpperCaseConstant() {
        String sentence = RefusalWording.sentence("days.SUNDAY[3].start", "overlaps days.MONDAY[0]");
        assertThat(sentence)
                .doesNotContainPattern("[a-z]+\\.[a-z]+")
                .doesNotContain("SUNDAY")
                .doesNotContain("[");
    }

    @Test
    void aQuotedNameStaysAsTheSupervisorWroteIt() {
        assertThat(RefusalWording.sentence("a queue named 'myQueue' exists"))
                .isEqualTo("A queue named 'myQueue' exists");
    }

    @Test
    void anOutOfRangeNumberSaysTheRangeInWordsBesideItsLabel() {
        assertThat(RefusalWording.labelled("Capacity for Live Chat", "must be between 0 and 1000"))
                .isEqualTo("Capacity for Live Chat: enter a whole number from 0 to 1000");
        assertThat(RefusalWording.labelled("Live Chat", "must be between 0 and 1000, or null"))
                .isEqualTo("Live Chat: enter a whole number from 0 to 1000, or leave it blank");
        assertThat(RefusalWording.labelled("Speech rate", "must be between 0.5 and 2.0"))
                .isEqualTo("Speech rate: enter a number from 0.5 to 2.0");
        assertThat(RefusalWording.labelled("First response", "must be between 1 and 525600 minutes"))
                .isEqualTo("First response: enter a whole number of minutes from 1 to 525600");
    }

    @Test
    void aLabelLosesItsNoteBesideTheRefusal() {
        assertThat(RefusalWording.labelled(
                        "Wrap-up time after calls (seconds, 0 to 3600)", "must be between 0 and 3600"))
                .isEqualTo("Wrap-up time after calls: enter a whole number from 0 to 3600");
        assertThat(RefusalWording.range("After (minutes)", 1, 60))
                .isEqualTo("After: enter a whole number from 1 to 60");
    }

    @Test
    void aRuleReadsOnFromTheLabel() {
        assertThat(RefusalWording.labelled("Name (optional)", "must not be blank"))
                .isEqualTo("Name must not be blank");
        assertThat(RefusalWording.labelled("Destination queue", "is required"))
                .isEqualTo("Destination queue is required");
    }

    @Test
    void withoutALabelTheFieldPathIsStillWords() {
        assertThat(RefusalWording.sentence("capacities.LIVE_CHAT", "must be between 0 and 1000"))
                .isEqualTo("Capacities › Live chat: enter a whole number from 0 to 1000");
    }

    @Test
    void anEmptyRequiredValueIsRequiredNotNull() {
        org.assertj.core.api.Assertions.assertThat(
                        RefusalWording.labelled("Capacity for Live Chat", "must not be null"))
                .isEqualTo("Capacity for Live Chat is required");
    }
}
