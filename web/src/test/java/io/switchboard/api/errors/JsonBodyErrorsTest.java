package io.switchboard.api.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonBodyErrorsTest {

    @Test
    void namesThePathOfThePropertyTheParserReported() {
        var inner = new RuntimeException("Unable to deserialize property 'city' because of: not a string");
        var outer = new RuntimeException(
                "Unable to deserialize property 'address' because of: Unable to deserialize"
                        + " property 'city' because of: not a string",
                inner);
        assertThat(JsonBodyErrors.fieldNamedIn(new RuntimeException("Error deserializing", outer)))
                .isEqualTo("address.city");
    }

    @Test
    void namesATopLevelProperty() {
        assertThat(JsonBodyErrors.fieldNamedIn(new RuntimeException("Unable to deserialize property 'roles'"
                        + " because of: Unable to deserialize property 'roles' because of: not an array")))
                .isEqualTo("roles");
    }

    @Test
    void namesNoFieldForASyntaxError() {
        assertThat(JsonBodyErrors.fieldNamedIn(new RuntimeException("Unexpected char 44 at (line no=1)")))
                .isNull();
    }
}
