package io.switchboard.forms.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.switchboard.forms.FieldType;
import io.switchboard.forms.logic.FormLayout.Place;
import io.switchboard.forms.logic.FormLayout.Shown;
import io.switchboard.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormLayoutTest {

    private static final long REASON = 1;
    private static final long ORDER = 2;
    private static final long SIZE = 3;
    private static final long NOTES = 4;
    private static final long AGREED = 5;

    private static final Map<Long, FieldSpec> FIELDS = Map.of(
            REASON, new FieldSpec(REASON, "Reason", FieldType.DROPDOWN, null, List.of("Return: Size", "Complaint")),
            ORDER, new FieldSpec(ORDER, "Order number", FieldType.REGEX, "[0-9]{6}", null),
            SIZE, new FieldSpec(SIZE, "Size", FieldType.WHOLE_NUMBER, null, null),
            NOTES, new FieldSpec(NOTES, "Notes", FieldType.MULTI_LINE, null, null),
            AGREED, new FieldSpec(AGREED, "Agreed", FieldType.CHECKBOX, null, null));

    private static Place plain(long field, boolean mandatory) {
        return new Place(field, mandatory, null, null);
    }

    private static Place when(long field, boolean mandatory, long whenField, String value) {
        return new Place(field, mandatory, whenField, value);
    }

    /** Reason (mandatory); Order number when Reason is "Return: Size" or "Complaint" (mandatory on complaints). */
    private static final List<Place> RETURNS = List.of(
            plain(REASON, true),
            when(ORDER, false, REASON, "Return: Size"),
            when(ORDER, true, REASON, "Complaint"),
            when(SIZE, false, REASON, "Return: Size"),
            plain(NOTES, false));

    @Test
    void plainFieldsShowAndConditionalOnesOnlyWhenTheirValueIsSet() {
        assertThat(FormLayout.shown(RETURNS, Map.of()))
                .containsExactly(new Shown(REASON, true), new Shown(NOTES, false));
        assertThat(FormLayout.shown(RETURNS, Map.of(REASON, "Return: Size")))
                .containsExactly(
                        new Shown(REASON, true),
                        new Shown(ORDER, false),
                        new Shown(SIZE, false),
                        new Shown(NOTES, false));
    }

    @Test
    void aConditionalFieldPlacedSeveralTimesShowsOnceAndIsMandatoryWhenAShownPlaceSaysSo() {
        assertThat(FormLayout.shown(RETURNS, Map.of(REASON, "Complaint")))
                .containsExactly(new Shown(REASON, true), new Shown(ORDER, true), new Shown(NOTES, false));
    }

    @Test
    void missingAreTheShownMandatoryFieldsWithoutAValue() {
        assertThat(FormLayout.missing(RETURNS, Map.of(), FIELDS)).containsExactly(REASON);
        assertThat(FormLayout.missing(RETURNS, Map.of(REASON, "Return: Size"), FIELDS))
                .isEmpty();
        assertThat(FormLayout.missing(RETURNS, Map.of(REASON, "Complaint"), FIELDS))
                .containsExactly(ORDER);
        assertThat(FormLayout.missing(RETURNS, Map.of(REASON, "Complaint", ORDER, "123456"), FIELDS))
                .isEmpty();
    }

    @Test
    void aHiddenMandatoryFieldDoesNotBlock() {
        List<Place> form = List.of(plain(AGREED, false), when(NOTES, true, AGREED, "true"));
        assertThat(FormLayout.missing(form, Map.of(AGREED, "false"), FIELDS)).isEmpty();
        assertThat(FormLayout.missing(form, Map.of(AGREED, "true"), FIELDS)).containsExactly(NOTES);
        assertThat(FormLayout.missing(List.of(plain(AGREED, true)), Map.of(AGREED, "false"), FIELDS))
                .containsExactly(AGREED);
    }

    @Test
    void conditionsChainThroughShownFieldsOnly() {
        List<Place> chain = List.of(
                plain(REASON, false), when(AGREED, false, REASON, "Complaint"), when(NOTES, true, AGREED, "true"));
        // Agreed keeps its value after Reason changes, but hidden it shows nothing further.
        assertThat(FormLayout.shown(chain, Map.of(REASON, "Return: Size", AGREED, "true")))
                .containsExactly(new Shown(REASON, false));
        assertThat(FormLayout.shown(chain, Map.of(REASON, "Complaint", AGREED, "true")))
                .extracting(Shown::fieldId)
                .containsExactly(REASON, AGREED, NOTES);
    }

    @Test
    void checkingPutsConditionValuesInNormalForm() {
        List<Place> checked = FormLayout.check(
                List.of(plain(REASON, true), when(ORDER, false, REASON, "Return :Size"), plain(SIZE, false)), FIELDS);
        assertThat(checked.get(1).whenValue()).isEqualTo("Return: Size");
        assertThat(FormLayout.check(List.of(plain(SIZE, false), when(NOTES, false, SIZE, "007")), FIELDS)
                        .get(1)
                        .whenValue())
                .isEqualTo("7");
    }

    @Test
    void aRepeatedPlainFieldIsRefused() {
        assertThat(refusal(List.of(plain(NOTES, false), plain(NOTES, false)))).isEqualTo("fields[1].fieldId");
        assertThat(refusal(List.of(plain(REASON, false), plain(NOTES, false), when(NOTES, false, REASON, "Complaint"))))
                .isEqualTo("fields[2].fieldId");
        assertThat(refusal(List.of(plain(REASON, false), when(NOTES, false, REASON, "Complaint"), plain(NOTES, false))))
                .isEqualTo("fields[2].fieldId");
    }

    @Test
    void conditionsMustNameAnotherFieldOfTheFormAndAValidValue() {
        assertThat(refusal(List.of(plain(99, false)))).isEqualTo("fields[0].fieldId");
        assertThat(refusal(List.of(plain(REASON, false), when(NOTES, false, SIZE, "1"))))
                .isEqualTo("fields[1].when.fieldId");
        assertThat(refusal(List.of(plain(REASON, false), when(NOTES, false, 99L, "1"))))
                .isEqualTo("fields[1].when.fieldId");
        assertThat(refusal(List.of(when(NOTES, false, NOTES, "x")))).isEqualTo("fields[0].when.fieldId");
        assertThat(refusal(List.of(plain(REASON, false), when(NOTES, false, REASON, "Shoes"))))
                .isEqualTo("fields[1].when.value");
        assertThat(refusal(List.of(plain(REASON, false), when(NOTES, false, REASON, " "))))
                .isEqualTo("fields[1].when.value");
        assertThat(refusal(List.of(plain(REASON, false), new Place(NOTES, false, null, "Complaint"))))
                .isEqualTo("fields[1].when.fieldId");
    }

    @Test
    void conditionsGoingRoundInACircleAreRefused() {
        assertThat(refusal(List.of(
                        plain(REASON, false), when(NOTES, false, AGREED, "true"), when(AGREED, false, NOTES, "x"))))
                .isEqualTo("fields[1].when.fieldId");
    }

    @Test
    void aFormHoldsAtMostFiveHundredPlaces() {
        List<Place> places = new ArrayList<>();
        places.add(plain(REASON, false));
        for (int i = 0; i < 500; i++) {
            places.add(when(NOTES, false, REASON, "Complaint"));
        }
        assertThat(refusal(places)).isEqualTo("fields");
        assertThat(FormLayout.check(places.subList(0, 500), FIELDS)).hasSize(500);
        assertThat(FormLayout.shown(places, Map.of(REASON, "Complaint"))).hasSize(2);
    }

    private static String refusal(List<Place> places) {
        return catchThrowableOfType(() -> FormLayout.check(places, FIELDS), InvalidInputException.class)
                .getField();
    }
}
