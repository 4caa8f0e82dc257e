package io.switchboard.lifecycle.workspace.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelayPayloadsTest {

    private static final String INSTANCE = "3f2a9c1e-0d4b-4e55-9a43-1c2b3d4e5f60";

    @Test
    void carriesTheChangedConversationsToTheOtherInstances() {
        List<String> texts = RelayPayloads.encode(INSTANCE, List.of(17L, 18L));

        assertThat(texts).containsExactly(INSTANCE + " 17,18");
        RelayPayloads.Payload payload = RelayPayloads.decode(texts.get(0));
        assertThat(payload.instance()).isEqualTo(INSTANCE);
        assertThat(payload.conversationIds()).containsExactly(17L, 18L);
    }

    @Test
    void cutsManyChangesIntoTextsPostgresqlAccepts() {
        List<Long> ids = new ArrayList<>();
        for (long id = 1_000_000_000L; id < 1_000_002_000L; id++) {
            ids.add(id);
        }

        List<String> texts = RelayPayloads.encode(INSTANCE, ids);

        assertThat(texts)
                .hasSizeGreaterThan(1)
                .allSatisfy(text -> assertThat(text.length()).isLessThanOrEqualTo(RelayPayloads.MAX_LENGTH));
        Set<Long> back = new LinkedHashSet<>();
        texts.forEach(text -> back.addAll(RelayPayloads.decode(text).conversationIds()));
        assertThat(back).containsExactlyElementsOf(ids);
    }

    @Test
    void nothingChangedSendsNothing() {
        assertThat(RelayPayloads.encode(INSTANCE, List.of())).isEmpty();
    }

    @Test
    void ignoresTextsItDidNotWrite() {
        assertThat(RelayPayloads.decode(null)).isNull();
        assertThat(RelayPayloads.decode("hello")).isNull();
        assertThat(RelayPayloads.decode(INSTANCE + " ")).isNull();
        assertThat(RelayPayloads.decode(INSTANCE + " 17,x")).isNull();
        assertThat(RelayPayloads.decode("bad/instance 17")).isNull();
    }

    @Test
    void refusesAnInstanceIdItCouldNotRead() {
        assertThatThrownBy(() -> RelayPayloads.encode("a b", List.of(1L))).isInstanceOf(IllegalArgumentException.class);
    }
}
