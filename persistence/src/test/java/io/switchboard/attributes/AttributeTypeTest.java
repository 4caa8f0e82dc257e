package io.switchboard.attributes;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.people.Gender;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AttributeTypeTest {

    @Test
    void acceptsValuesOfEachType() {
        assertThat(AttributeType.TEXT.problemWith("anything at all")).isNull();
        assertThat(AttributeType.WHOLE_NUMBER.problemWith("-42")).isNull();
        assertThat(AttributeType.DECIMAL.problemWith("3.14")).isNull();
        assertThat(AttributeType.BOOLEAN.problemWith("true")).isNull();
        assertThat(AttributeType.BOOLEAN.problemWith("false")).isNull();
        assertThat(AttributeType.DATE.problemWith("2026-02-28")).isNull();
    }

    @Test
    void explainsWhatIsWrong() {
        assertThat(AttributeType.WHOLE_NUMBER.problemWith("4.5")).isEqualTo("must be a whole number");
        assertThat(AttributeType.DECIMAL.problemWith("pi")).isEqualTo("must be a decimal number");
        assertThat(AttributeType.BOOLEAN.problemWith("yes")).isEqualTo("must be true or false");
        assertThat(AttributeType.DATE.problemWith("2026-02-30")).isEqualTo("must be a date such as 2026-11-24");
        assertThat(AttributeType.DATE.problemWith("24.11.2026")).isEqualTo("must be a date such as 2026-11-24");
        assertThat(AttributeType.TEXT.problemWith(null)).isEqualTo("must not be null");
    }

    @Test
    void standardAttributesAreTheGuides() {
        assertThat(StandardAttributes.isStandard(AttributeOwner.PERSON, "externalPersonId"))
                .isTrue();
        assertThat(StandardAttributes.isStandard(AttributeOwner.PERSON, "vatNumber"))
                .isFalse();
        assertThat(StandardAttributes.isStandard(AttributeOwner.COMPANY, "vatNumber"))
                .isTrue();
        assertThat(StandardAttributes.PERSON).hasSize(15);
        assertThat(StandardAttributes.COMPANY).hasSize(12);
    }

    @Test
    void standardAttributeDefinitionsAreText() {
        AttributeDefinition city = new AttributeDefinition(AttributeOwner.PERSON, "city", null, true);
        assertThat(city.isStandard()).isTrue();
        assertThat(city.getType()).isEqualTo(AttributeType.TEXT);
    }

    @Test
    void namePatternsListEveryValueExactly() {
        assertThat(AttributeType.NAMES.split("\\|"))
                .containsExactly(
                        Arrays.stream(AttributeType.values()).map(Enum::name).toArray(String[]::new));
        assertThat(Gender.NAMES.split("\\|"))
                .containsExactly(Arrays.stream(Gender.values()).map(Enum::name).toArray(String[]::new));
    }
}
