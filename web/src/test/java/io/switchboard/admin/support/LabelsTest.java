package io.switchboard.admin.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.channels.Channel;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.Priority;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void attributesReadAsTextListsCommaSeparatedInTheirOrder() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("firstName", "Ivana");
        attributes.put("birthDate", LocalDate.of(1990, 5, 17));
        attributes.put("tags", List.of("gold", "vip"));

        assertThat(Labels.attributes(attributes))
                .extracting(AttributeValue::getName, AttributeValue::getValue)
                .map(t -> t.toList())
                .containsExactly(
                        List.of("firstName", "Ivana"),
                        List.of("birthDate", "1990-05-17"),
                        List.of("tags", "gold, vip"));
    }

    @Test
    void noValuesReadAsNothing() {
        assertThat(Labels.joined(List.of())).isNull();
        assertThat(Labels.joined(List.of("Sales", "Support"))).isEqualTo("Sales, Support");
    }

    @Test
    @DisplayName("Channels read as people name them, \"Voice and Video\" included")
    void channelsAndValuesReadAsWords() {
        assertThat(Labels.channel(Channel.VIDEO)).isEqualTo("Video");
        assertThat(Labels.channel(Channel.VOICE)).isEqualTo("Voice");
        assertThat(Labels.channel(Channel.WHATSAPP)).isEqualTo("WhatsApp");
        assertThat(Arrays.stream(Channel.values()).map(Labels::channel))
                .doesNotHaveDuplicates()
                .doesNotContain("");
        assertThat(Labels.words(ConversationStatus.OPEN)).isEqualTo("Open");
        assertThat(Labels.words(Priority.URGENT)).isEqualTo("Urgent");
        assertThat(Labels.words(io.switchboard.queues.AutoAssignment.ANY_AVAILABLE_AGENT))
                .isEqualTo("Any available agent");
        assertThat(Labels.words(null)).isEmpty();
        assertThat(Labels.group(io.switchboard.channels.ChannelGroup.LIVE_MESSAGING))
                .isEqualTo("Live Messaging");
    }
}
