package io.switchboard.api.conversations;

import io.switchboard.conversations.Attachment;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A file, image, video, audio, location or link carried by a message (a descriptor: the content stays where it is). */
public class AttachmentRequest {

    public static final String TYPES = "FILE|IMAGE|VIDEO|AUDIO|LOCATION|LINK";

    @NotNull
    @Pattern(regexp = TYPES, message = "must be one of " + TYPES)
    public String type;

    /** Where the content is; required except for a location. */
    @Size(max = 2000)
    @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
    public String url;

    @Size(max = 300)
    public String name;

    @Size(max = 100)
    public String mimeType;

    @DecimalMin("-90")
    @DecimalMax("90")
    public Double latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    public Double longitude;

    /** Why the descriptor is incomplete, or {@code null}. */
    String missingField() {
        if ("LOCATION".equals(type)) {
            return latitude == null ? "latitude" : longitude == null ? "longitude" : null;
        }
        return url == null ? "url" : null;
    }

    Attachment toAttachment() {
        return new Attachment(type, url, name, mimeType, latitude, longitude);
    }
}
