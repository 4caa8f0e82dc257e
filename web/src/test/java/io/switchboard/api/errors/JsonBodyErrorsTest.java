package io.switchboard.api.errors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonBodyErrorsTest {

    @Test
    void namesTheInnermostPropertyTheParserReported() {
        var inner = new RuntimeException("Unable to deserialize property 'city' because of: not a string");
        var outer = new RuntimeException("Unable to deserialize property 'address' because of: ...", inner);
        assertThat(JsonBodyErrors.fieldNamedIn(new RuntimeException("Error deserializing", outer)))
                .isEqualTo("city");
    }

    @Test
    void namesNoFieldForASyntaxError() {
        assertThat(JsonBodyErrors.fieldNamedIn(new RuntimeException("Unexpected char 44 at (line no=1)"))).isNull();
    }
}
