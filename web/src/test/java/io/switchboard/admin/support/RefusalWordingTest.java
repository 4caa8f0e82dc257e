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
}
