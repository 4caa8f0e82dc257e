package io.switchboard.macros.logic;

import io.switchboard.channels.Channel;
import java.util.Map;
import java.util.Optional;

/**
 * The template for the channel the agent works in. The guide: "the system automatically detects which channel the
 * agent is in, and based on that, applies the proper template (if the template for that channel is not set, it is not
 * populated)".
 */
public final class TemplatePick {

    private TemplatePick() {}

    public static Optional<String> forChannel(Map<String, String> templates, Channel channel) {
        return Optional.ofNullable(templates.get(channel.name())).filter(text -> !text.isBlank());
    }
}
