package io.switchboard.api.routing;

import io.switchboard.api.companies.CompanyRequest;
import io.switchboard.api.people.PersonRequest;
import io.switchboard.channels.Channel;
import io.switchboard.routing.RoutingSample;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A sample message with its customer and company, to see which route would take it. Nothing is stored. */
public class RoutingTestRequest {

    /** The customer's first message. */
    public static class SampleMessage {
        @NotNull
        @Pattern(regexp = Channel.NAMES, message = "must be one of " + Channel.NAMES)
        public String channel;

        @Size(max = 320)
        public String from;
        /** A sender's address on the channel. */
        @NotBlank
        @Size(max = 320)
        public String to;

        @Size(max = 4096)
        public String text;

        @Size(max = 998)
        public String subject;

        @Size(max = 50)
        public List<@NotBlank String> cc;

        @Size(max = 50)
        public List<@NotBlank String> bcc;

        public Boolean visitor;

        @Size(max = 4)
        public Map<@Pattern(regexp = "deviceAgent|group|intent|locale") String, @NotNull @Size(max = 200) String>
                channelAttributes;

        @Size(max = 50)
        public Map<@NotBlank @Size(max = 100) String, @NotNull @Size(max = 1000) String> customAttributes;
        /** Conversation tags, as after a bot tagged it. */
        @Size(max = 50)
        public Set<@NotBlank String> tags;
    }

    @NotNull
    @Valid
    public SampleMessage message;

    @Valid
    public PersonRequest person;

    @Valid
    public CompanyRequest company;

    RoutingSample sample() {
        return new RoutingSample(
                Channel.valueOf(message.channel),
                message.from,
                message.to.trim(),
                message.text,
                message.subject,
                message.cc,
                message.bcc,
                Boolean.TRUE.equals(message.visitor),
                message.channelAttributes,
                message.customAttributes,
                message.tags);
    }
}
