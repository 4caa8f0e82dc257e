package io.switchboard.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChannelTest {

    @Test
    void namesPatternListsEveryChannelExactly() {
        assertThat(Channel.NAMES.split("\\|"))
                .containsExactly(Arrays.stream(Channel.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void groupsChannelsAsCapacityCountsThem() {
        assertThat(Arrays.stream(Channel.values()).filter(c -> c.group() == ChannelGroup.LIVE_MESSAGING))
                .containsExactlyInAnyOrder(
                        Channel.SMS,
                        Channel.WHATSAPP,
                        Channel.VIBER,
                        Channel.TELEGRAM,
                        Channel.GOOGLE_BUSINESS_MESSAGES,
                        Channel.APPLE_MESSAGES_FOR_BUSINESS,
                        Channel.MESSENGER);
        assertThat(Channel.LIVE_CHAT.group()).isEqualTo(ChannelGroup.LIVE_CHAT);
        assertThat(Channel.EMAIL.group()).isEqualTo(ChannelGroup.EMAIL);
        assertThat(Channel.VOICE.group()).isEqualTo(ChannelGroup.VOICE);
    }

    @Test
    void videoIsACallLikeVoiceForCapacityAndWaitingStrategies() {
        // The guide's call features are for "Voice and Video".
        assertThat(Channel.VIDEO.group()).isEqualTo(ChannelGroup.VOICE);
        assertThat(Arrays.stream(Channel.values()).filter(Channel::isCall))
                .containsExactly(Channel.VOICE, Channel.VIDEO);
    }
}
