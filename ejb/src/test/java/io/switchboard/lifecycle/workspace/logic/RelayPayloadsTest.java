package io.switchboard.lifecycle.workspace.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelayPayloadsTest {

    private static final String INSTANCE = "3f2a9c1e-0d4b-4e55-9a43-1c2b3d4e5f60";

    @Test
    void carriesChangesAndSoundsToTheOtherInstance() {
        Map<Long, String> sounds = new LinkedHashMap<>();
        sounds.put(17L, "NONE");
        sounds.put(18L, "NEW_MESSAGE");

        List<String> texts = RelayPayloads.encode(INSTANCE, sounds);

        assertThat(texts).containsExactly(INSTANCE + " 17:NONE,18:NEW_MESSAGE");
        RelayPayloads.Payload payload = RelayPayloads.decode(texts.get(0));
        assertThat(payload.instance()).isEqualTo(INSTANCE);
        assertThat(payload.sounds()).containsExactly(Map.entry(17L, "NONE"), Map.entry(18L, "NEW_MESSAGE"));
    }

    @Test
    void cutsManyChangesIntoTextsPostgresqlAccepts() {
        Map<Long, String> sounds = new LinkedHashMap<>();
        for (long id = 1_000_000; id < 1_002_000; id++) {
            sounds.put(id, "NEW_CONVERSATION");
        }

        List<String> texts = RelayPayloads.encode(INSTANCE, sounds);

        assertThat(texts)
                .hasSizeGreaterThan(1)
                .allSatisfy(text -> assertThat(text.length()).isLessThanOrEqualTo(RelayPayloads.MAX_LENGTH));
        Map<Long, String> back = new LinkedHashMap<>();
        texts.forEach(text -> back.putAll(RelayPayloads.decode(text).sounds()));
        assertThat(back).isEqualTo(sounds);
    }

    @Test
    void nothingChangedSendsNothing() {
        assertThat(RelayPayloads.encode(INSTANCE, Map.of())).isEmpty();
    }

    @Test
    void ignoresTextsItDidNotWrite() {
        assertThat(RelayPayloads.decode(null)).isNull();
        assertThat(RelayPayloads.decode("hello")).isNull();
        assertThat(RelayPayloads.decode(INSTANCE + " 17")).isNull();
        assertThat(RelayPayloads.decode(INSTANCE + " x:NONE")).isNull();
        assertThat(RelayPayloads.decode(INSTANCE + " 17:none")).isNull();
        assertThat(RelayPayloads.decode("bad/instance 17:NONE")).isNull();
    }

    @Test
    void refusesToWriteWhatItCouldNotRead() {
        assertThatThrownBy(() -> RelayPayloads.encode("a b", Map.of(1L, "NONE")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RelayPayloads.encode(INSTANCE, Map.of(1L, "a,b")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
