package io.switchboard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void anInstantIsStoredAtUtcAndReadBackExactly() {
        Instant instant = Instant.parse("2026-03-29T01:30:00.123456Z");
        OffsetDateTime column = converter.convertToDatabaseColumn(instant);
        assertThat(column.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(converter.convertToEntityAttribute(column)).isEqualTo(instant);
    }

    @Test
    void aColumnReadAtAnotherOffsetIsTheSameInstant() {
        OffsetDateTime zagreb = OffsetDateTime.parse("2026-03-29T03:30:00+02:00");
        assertThat(converter.convertToEntityAttribute(zagreb)).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void nullStaysNull() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
