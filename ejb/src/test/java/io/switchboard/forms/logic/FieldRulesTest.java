package io.switchboard.forms.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.switchboard.forms.FieldType;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FieldRulesTest {

    @ParameterizedTest
    @EnumSource(
            value = FieldType.class,
            names = {"REGEX", "DROPDOWN"},
            mode = EnumSource.Mode.EXCLUDE)
    void plainTypesNeedOnlyANameAndRefusePatternAndOptions(FieldType type) {
        FieldRules.Definition definition = FieldRules.check("  Notes ", type, null, null);
        assertThat(definition.name()).isEqualTo("Notes");
        assertThat(definition.pattern()).isNull();
        assertThat(definition.options()).isEmpty();
        assertThat(refusal(() -> FieldRules.check("Notes", type, "[0-9]+", null)))
                .isEqualTo("pattern");
        assertThat(refusal(() -> FieldRules.check("Notes", type, null, List.of("A"))))
                .isEqualTo("options");
    }

    @Test
    void aNameAndATypeAreRequired() {
        assertThat(refusal(() -> FieldRules.check(" ", FieldType.TEXT, null, null)))
                .isEqualTo("name");
        assertThat(refusal(() -> FieldRules.check(null, FieldType.TEXT, null, null)))
                .isEqualTo("name");
        assertThat(refusal(() -> FieldRules.check("x".repeat(101), FieldType.TEXT, null, null)))
                .isEqualTo("name");
        assertThat(refusal(() -> FieldRules.check("Notes", null, null, null))).isEqualTo("type");
    }

    @Test
    void aRegexFieldNeedsAPatternThatCompiles() {
        assertThat(FieldRules.check("Order number", FieldType.REGEX, "[0-9]{6}", null)
                        .pattern())
                .isEqualTo("[0-9]{6}");
        assertThat(refusal(() -> FieldRules.check("Order number", FieldType.REGEX, null, null)))
                .isEqualTo("pattern");
        assertThat(refusal(() -> FieldRules.check("Order number", FieldType.REGEX, "", null)))
                .isEqualTo("pattern");
        InvalidInputException broken = catchThrowableOfType(
                () -> FieldRules.check("Order number", FieldType.REGEX, "[0-9", null), InvalidInputException.class);
        assertThat(broken.getField()).isEqualTo("pattern");
        assertThat(broken.getReason()).startsWith("is not a valid regular expression");
        assertThat(refusal(() -> FieldRules.check("Order number", FieldType.REGEX, "a".repeat(501), null)))
                .isEqualTo("pattern");
        assertThat(refusal(() -> FieldRules.check("Order number", FieldType.REGEX, "[0-9]", List.of("A"))))
                .isEqualTo("options");
    }

    @Test
    void dropdownOptionsKeepTheirLevelsInNormalForm() {
        FieldRules.Definition definition = FieldRules.check(
                "Category", FieldType.DROPDOWN, null, List.of("Clothing:Shirts", " Clothing : Shoes ", "Food"));
        assertThat(definition.options()).containsExactly("Clothing: Shirts", "Clothing: Shoes", "Food");
        assertThat(FieldRules.check("Deep", FieldType.DROPDOWN, null, List.of("A: B: C: D"))
                        .options())
                .containsExactly("A: B: C: D");
    }

    @Test
    void dropdownOptionsAreRequiredNonBlankDistinctAndBounded() {
        assertThat(refusal(() -> FieldRules.check("Category", FieldType.DROPDOWN, null, null)))
                .isEqualTo("options");
        assertThat(refusal(() -> FieldRules.check("Category", FieldType.DROPDOWN, null, List.of())))
                .isEqualTo("options");
        assertThat(refusal(() -> FieldRules.check("Category", FieldType.DROPDOWN, null, List.of("A", " "))))
                .isEqualTo("options[1]");
        assertThat(refusal(() -> FieldRules.check("Category", FieldType.DROPDOWN, null, List.of("A", "Clothing:"))))
                .isEqualTo("options[1]");
        assertThat(refusal(() -> FieldRules.check("Category", FieldType.DROPDOWN, null, List.of("A: B", "A :B"))))
                .isEqualTo("options[1]");
        assertThat(refusal(() -> FieldRules.check("Category", FieldType.DROPDOWN, null, List.of("A\nB"))))
                .isEqualTo("options[0]");
        assertThat(refusal(() -> FieldRules.check(
                        "Category", FieldType.DROPDOWN, null, List.of(String.join(":", "abcdefghijk".split(""))))))
                .isEqualTo("options[0]");
        String[] many = new String[1001];
        Arrays.setAll(many, i -> "Option " + i);
        assertThat(refusal(() -> FieldRules.check("Category", FieldType.DROPDOWN, null, List.of(many))))
                .isEqualTo("options");
        assertThat(refusal(() -> FieldRules.check("Category", FieldType.DROPDOWN, "x", List.of("A"))))
                .isEqualTo("pattern");
    }

    @Test
    void theAccountHoldsAtMostTenThousandFields() {
        assertThatCode(() -> FieldRules.checkRoomForOneMore(9_999)).doesNotThrowAnyException();
        ConflictException full =
                catchThrowableOfType(() -> FieldRules.checkRoomForOneMore(10_000), ConflictException.class);
        assertThat(full.getMessage()).contains("10000");
    }

    private static String refusal(Runnable check) {
        return catchThrowableOfType(check::run, InvalidInputException.class).getField();
    }
}
