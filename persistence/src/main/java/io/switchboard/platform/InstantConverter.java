package io.switchboard.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Every timestamp column ({@code timestamp with time zone}) as an {@link Instant}: entities hold and expose instants,
 * and this one place converts, at UTC (JPA 3.1 maps {@code OffsetDateTime}, not {@code Instant}, on every database).
 * JPQL parameters compared with such attributes are bound as instants too; native queries bypass converters and keep
 * binding {@link OffsetDateTime}.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime column) {
        return column == null ? null : column.toInstant();
    }
}
