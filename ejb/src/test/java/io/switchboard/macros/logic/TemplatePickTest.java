package io.switchboard.macros.logic;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.channels.Channel;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatePickTest {

    private static final Map<String, String> TEMPLATES = Map.of("EMAIL", "Dear customer,", "SMS", "Hi!");

    @Test
    void theAgentsChannelPicksItsTemplate() {
        assertThat(TemplatePick.forChannel(TEMPLATES, Channel.EMAIL)).contains("Dear customer,");
        assertThat(TemplatePick.forChannel(TEMPLATES, Channel.SMS)).contains("Hi!");
    }

    @Test
    void noTemplateForTheChannelFillsNothing() {
        // The guide: "if the template for that channel is not set, it is not populated".
        assertThat(TemplatePick.forChannel(TEMPLATES, Channel.WHATSAPP)).isEmpty();
    }
}
