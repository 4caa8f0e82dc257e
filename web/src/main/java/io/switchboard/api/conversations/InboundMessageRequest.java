package io.switchboard.api.conversations;

import io.switchboard.api.people.PersonAttributesRequest;
import io.switchboard.channels.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** A customer's message from a channel gateway. (A class, not a record: see CreateApiKeyRequest.) */
public class InboundMessageRequest {

    // A string checked against the names: JSON-B's own enum error names no field.
    @NotNull
    @Pattern(regexp = Channel.NAMES, message = "must be one of " + Channel.NAMES)
    public String channel;

    /** The customer's address on the channel. */
    @NotBlank
    @Size(max = 320)
    public String from;

    /** Our sender's address on the channel. */
    @NotBlank
    @Size(max = 320)
    public String to;

    /** Required unless the message carries attachments. */
    @Size(max = 4096)
    public String text;

    /** Email copies. */
    @Size(max = 50)
    public List<@NotBlank @Email @Size(max = 320) String> cc;

    @Size(max = 50)
    public List<@NotBlank @Email @Size(max = 320) String> bcc;

    @Size(max = 20)
    public List<@NotNull @Valid AttachmentRequest> attachments;

    /** Email subject. */
    @Size(max = 998)
    public String subject;

    /** Custom data from the channel (IVR inputs, web-call data) that routing can read. */
    @Size(max = 50)
    public Map<@NotBlank @Size(max = 100) String, @NotNull @Size(max = 1000) String> customAttributes;

    /** Live Chat: the customer is an anonymous visitor, not an authenticated customer (routing's "is visitor"). */
    public Boolean visitor;

    /** Channel-specific fields routing can read (Apple Messages for Business: deviceAgent, group, intent, locale). */
    @Size(max = 4)
    public Map<
                    @Pattern(
                            regexp = "deviceAgent|group|intent|locale",
                            message = "must be deviceAgent, group, intent or locale")
                    String,
                    @NotNull @Size(max = 200) String>
            channelAttributes;

    /** Marks the content sensitive (e.g. card details given to a bot): agents see it masked. */
    public Boolean sensitive;

    /** The channel's own id of the message: a second message with the same id is the same message. */
    @Size(max = 200)
    public String externalId;

    /** The customer's names as the channel knows them: they fill in names we do not know yet. */
    @Size(max = 100)
    public String firstName;

    @Size(max = 100)
    public String lastName;

    /** Defined tags to put on the conversation (e.g. the topic an IVR knows); routing's tag conditions see them. */
    @Size(max = 20)
    public List<@NotBlank @Size(max = 50) String> tags;

    /** The customer's attributes from the gateway or a bot: the ones given replace ours, custom values merge. */
    @Valid
    public PersonAttributesRequest person;
}
