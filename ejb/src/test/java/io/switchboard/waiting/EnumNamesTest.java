package io.switchboard.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EnumNamesTest {

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining("|"));
    }

    @Test
    void namesFollowTheEnums() {
        assertThat(VoiceMessage.NAMES).isEqualTo(names(VoiceMessage.values()));
        assertThat(AudioSource.NAMES).isEqualTo(names(AudioSource.values()));
    }
}
