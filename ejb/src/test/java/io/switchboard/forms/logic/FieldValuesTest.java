package io.switchboard.forms.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.switchboard.forms.FieldType;
import io.switchboard.platform.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldValuesTest {

    private static final FieldSpec TEXT = new FieldSpec(1, "Name", FieldType.TEXT, null, null);
    private static final FieldSpec NOTES = new FieldSpec(2, "Notes", FieldType.MULTI_LINE, null, null);
    private static final FieldSpec AGREED = new FieldSpec(3, "Agreed", FieldType.CHECKBOX, null, null);
    private static final FieldSpec CATEGORY = new FieldSpec(
            4, "Category", FieldType.DROPDOWN, null, List.of("Clothing: Shirts", "Clothing: Shoes", "Food"));
    private static final FieldSpec COUNT = new FieldSpec(5, "Count", FieldType.WHOLE_NUMBER, null, null);
    private static final FieldSpec AMOUNT = new FieldSpec(6, "Amount", FieldType.DECIMAL, null, null);
    private static final FieldSpec WHEN = new FieldSpec(7, "When", FieldType.DATETIME, null, null);
    private static final FieldSpec ORDER = new FieldSpec(8, "Order number", FieldType.REGEX, "[0-9]{6}", null);
    private static final FieldSpec EVIL = new FieldSpec(9, "Evil", FieldType.REGEX, "(.*a){20}", null);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "TEXT     | Ana Anić           | Ana Anić",
                "CHECKBOX | true               | true",
                "CHECKBOX | ' false '          | false",
                "DROPDOWN | Clothing:Shirts    | Clothing: Shirts",
                "DROPDOWN | ' Food '           | Food",
                "COUNT    | 0042               | 42",
                "COUNT    | -7                 | -7",
                "COUNT    | +7                 | 7",
                "AMOUNT   | 12.50              | 12.5",
                "AMOUNT   | 100                | 100",
                "AMOUNT   | 0.000              | 0",
                "AMOUNT   | -3.25              | -3.25",
                "WHEN     | 2026-12-01T14:30:00+01:00 | 2026-12-01T13:30:00Z",
                "WHEN     | 2026-12-01T13:30Z  | 2026-12-01T13:30:00Z",
                "ORDER    | 123456             | 123456",
            })
    void acceptedValuesComeInNormalForm(String spec, String raw, String normal) {
        assertThat(FieldValues.normalize(spec(spec), raw, "values.1")).isEqualTo(normal);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "CHECKBOX | yes",
                "CHECKBOX | 1",
                "DROPDOWN | Clothing",
                "DROPDOWN | Clothing: Hats",
                "DROPDOWN | Food: Fruit",
                "COUNT    | 4.5",
                "COUNT    | 1e3",
                "COUNT    | twelve",
                "COUNT    | 9999999999999999999",
                "AMOUNT   | 1,5",
                "AMOUNT   | 1e5",
                "AMOUNT   | .5",
                "AMOUNT   | NaN",
                "WHEN     | 2026-12-01",
                "WHEN     | 2026-12-01T14:30",
                "WHEN     | 2026-13-01T14:30:00Z",
                "ORDER    | 12345",
                "ORDER    | 1234567",
                "ORDER    | abcdef",
            })
    void valuesThatDoNotFitTheTypeAreRefusedNamingTheField(String spec, String raw) {
        InvalidInputException refused = catchThrowableOfType(
                () -> FieldValues.normalize(spec(spec), raw, "values.7"), InvalidInputException.class);
        assertThat(refused.getField()).isEqualTo("values.7");
        assertThat(refused.getReason()).contains(spec(spec).name());
    }

    @Test
    void textIsOneBoundedLineAndMultiLineTextHoldsLines() {
        assertThat(catchThrowableOfType(
                                () -> FieldValues.normalize(TEXT, "two\nlines", "values.1"),
                                InvalidInputException.class)
                        .getField())
                .isEqualTo("values.1");
        assertThat(catchThrowableOfType(
                        () -> FieldValues.normalize(TEXT, "x".repeat(1001), "values.1"), InvalidInputException.class))
                .isNotNull();
        assertThat(FieldValues.normalize(NOTES, "two\nlines", "values.2")).isEqualTo("two\nlines");
        assertThat(catchThrowableOfType(
                        () -> FieldValues.normalize(NOTES, "x".repeat(10_001), "values.2"),
                        InvalidInputException.class))
                .isNotNull();
        assertThat(catchThrowableOfType(
                        () -> FieldValues.normalize(ORDER, "1".repeat(1001), "values.8"), InvalidInputException.class))
                .isNotNull();
    }

    @Test
    void aCatastrophicPatternIsStoppedQuicklyAndRefused() {
        long start = System.nanoTime();
        InvalidInputException refused = catchThrowableOfType(
                () -> FieldValues.normalize(EVIL, "a".repeat(40) + "!", "values.9"), InvalidInputException.class);
        assertThat(refused.getReason()).contains("in time");
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Test
    void aMandatoryCheckboxCountsAsFilledOnlyWhenTicked() {
        assertThat(FieldValues.isFilled(AGREED, "true")).isTrue();
        assertThat(FieldValues.isFilled(AGREED, "false")).isFalse();
        assertThat(FieldValues.isFilled(TEXT, "x")).isTrue();
        assertThat(FieldValues.isFilled(TEXT, "")).isFalse();
        assertThat(FieldValues.isFilled(TEXT, null)).isFalse();
        assertThat(FieldValues.isFilled(COUNT, "0")).isTrue();
    }

    private static FieldSpec spec(String name) {
        return switch (name) {
            case "TEXT" -> TEXT;
            case "CHECKBOX" -> AGREED;
            case "DROPDOWN" -> CATEGORY;
            case "COUNT" -> COUNT;
            case "AMOUNT" -> AMOUNT;
            case "WHEN" -> WHEN;
            case "ORDER" -> ORDER;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Test
    void aFilterOnADropdownLevelFindsItsSubValuesWithLikeCharactersEscaped() {
        assertThat(FieldValues.subValuePattern("Clothing")).isEqualTo("clothing: %");
        assertThat(FieldValues.subValuePattern("50%_off\\x")).isEqualTo("50\\%\\_off\\\\x: %");
    }
}
