package io.switchboard.conversations;

import io.switchboard.platform.JsonText;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** A message's attachments stored as a JSON array; none is stored as null and null is read as none. */
@Converter
public class AttachmentsConverter implements AttributeConverter<List<Attachment>, String> {

    @Override
    public String convertToDatabaseColumn(List<Attachment> attachments) {
        return attachments == null || attachments.isEmpty() ? null : JsonText.write(attachments);
    }

    @Override
    public List<Attachment> convertToEntityAttribute(String json) {
        return json == null ? List.of() : List.of(JsonText.<Attachment[]>read(json, Attachment[].class));
    }
}
