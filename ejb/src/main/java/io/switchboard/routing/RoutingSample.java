package io.switchboard.routing;

import io.switchboard.channels.Channel;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A sample first message to try the routes with (nothing is stored); {@code to} is a sender's address. */
public record RoutingSample(
        Channel channel,
        String from,
        String to,
        String text,
        String subject,
        List<String> cc,
        List<String> bcc,
        boolean visitor,
        Map<String, String> channelAttributes,
        Map<String, String> customAttributes,
        Set<String> tags) {}
