package io.switchboard.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentsConverterTest {

    private final AttachmentsConverter converter = new AttachmentsConverter();

    @Test
    void storesNoAttachmentsAsNullAndReadsNullAsNone() {
        assertThat(converter.convertToDatabaseColumn(List.of())).isNull();
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isEmpty();
    }

    @Test
    void readsBackWhatItStoredInOrderWithoutTheAbsentMembers() {
        List<Attachment> attachments = List.of(
                new Attachment("IMAGE", "https://example.com/a.png", "a.png", "image/png", null, null),
                new Attachment("LOCATION", null, null, null, 45.815, 15.9819));

        String stored = converter.convertToDatabaseColumn(attachments);

        assertThat(stored).doesNotContain("null").contains("\"latitude\":45.815");
        assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(attachments);
    }

    @Test
    void readsTheRowsStoredBeforeAttachmentsWereTyped() {
        // What the API wrote before: its request objects serialized by JSON-B, properties in alphabetical order.
        String stored = "[{\"name\":\"report.pdf\",\"type\":\"FILE\",\"url\":\"https://example.com/r.pdf\"}]";

        assertThat(converter.convertToEntityAttribute(stored))
                .containsExactly(new Attachment("FILE", "https://example.com/r.pdf", "report.pdf", null, null, null));
    }
}
