package io.switchboard.attributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.platform.ForbiddenException;
import io.switchboard.users.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaskingTest {

    private final Masking agentView = new Masking(true, Set.of("city", "cardLast4"), Set.of("vatNumber"));

    @Test
    void appliesToAgentsButNotToManagersOrSupervisors() {
        assertThat(Masking.appliesTo(EnumSet.of(Role.AGENT))).isTrue();
        assertThat(Masking.appliesTo(EnumSet.of(Role.AGENT, Role.ANALYTICS_MANAGER)))
                .isTrue();
        assertThat(Masking.appliesTo(EnumSet.of(Role.ANALYTICS_MANAGER))).isTrue();
        assertThat(Masking.appliesTo(EnumSet.of(Role.MANAGER))).isFalse();
        assertThat(Masking.appliesTo(EnumSet.of(Role.AGENT, Role.ACCOUNT_MANAGER)))
                .isFalse();
    }

    @Test
    void masksOnlySensitiveAttributesOfTheirOwner() {
        assertThat(agentView.show(AttributeOwner.PERSON, "city", "Zagreb")).isEqualTo(Masking.MASK);
        assertThat(agentView.show(AttributeOwner.PERSON, "cardLast4", "4242")).isEqualTo(Masking.MASK);
        assertThat(agentView.show(AttributeOwner.PERSON, "country", "Croatia")).isEqualTo("Croatia");
        assertThat(agentView.show(AttributeOwner.COMPANY, "city", "Zagreb")).isEqualTo("Zagreb");
        assertThat(agentView.show(AttributeOwner.COMPANY, "vatNumber", "HR123")).isEqualTo(Masking.MASK);
    }

    @Test
    void leavesMissingValuesMissing() {
        assertThat(agentView.show(AttributeOwner.PERSON, "city", null)).isNull();
        assertThat(agentView.showContent(true, null)).isNull();
    }

    @Test
    void masksSensitiveContent() {
        assertThat(agentView.showContent(true, "my card is 4242")).isEqualTo(Masking.MASK);
        assertThat(agentView.showContent(false, "hello")).isEqualTo("hello");
        assertThat(Masking.NONE.showContent(true, "my card is 4242")).isEqualTo("my card is 4242");
        assertThat(Masking.NONE.show(AttributeOwner.PERSON, "city", "Zagreb")).isEqualTo("Zagreb");
    }

    @Test
    void aMaskWrittenBackKeepsTheStoredValueForEveryone() {
        assertThat(agentView.written(AttributeOwner.PERSON, "city", "city", "Zagreb", Masking.MASK))
                .isEqualTo("Zagreb");
        assertThat(Masking.NONE.written(AttributeOwner.PERSON, "city", "city", "Zagreb", Masking.MASK))
                .isEqualTo("Zagreb");
        assertThat(agentView.written(AttributeOwner.PERSON, "tags", "tags", Set.of("vip"), Set.of(Masking.MASK)))
                .isEqualTo(Set.of("vip"));
    }

    @Test
    void aMaskedWriterCannotChangeOrRemoveASensitiveValue() {
        assertThatThrownBy(() -> agentView.written(AttributeOwner.PERSON, "city", "city", "Zagreb", "Split"))
                .isInstanceOf(ForbiddenException.class)
                .extracting(e -> ((ForbiddenException) e).getField())
                .isEqualTo("city");
        assertThat(agentView.written(AttributeOwner.PERSON, "city", "city", "Zagreb", null))
                .isEqualTo("Zagreb");
        assertThat(agentView.written(AttributeOwner.PERSON, "city", "city", "Zagreb", "Zagreb"))
                .isEqualTo("Zagreb");
    }

    @Test
    void otherValuesAreWrittenAsSent() {
        assertThat(agentView.written(AttributeOwner.PERSON, "country", "country", "Croatia", null))
                .isNull();
        assertThat(agentView.written(AttributeOwner.PERSON, "country", "country", "Croatia", "Slovenia"))
                .isEqualTo("Slovenia");
        assertThat(Masking.NONE.written(AttributeOwner.PERSON, "city", "city", "Zagreb", "Split"))
                .isEqualTo("Split");
        assertThat(Masking.NONE.written(AttributeOwner.PERSON, "city", "city", "Zagreb", null))
                .isNull();
    }

    @Test
    void conversationMetadataKeysCanBeSensitive() {
        Masking masking = new Masking(true, Set.of(), Set.of(), Set.of("cardNumber"));
        assertThat(masking.show(AttributeOwner.CONVERSATION, "cardNumber", "4111"))
                .isEqualTo(Masking.MASK);
        assertThat(masking.show(AttributeOwner.CONVERSATION, "Model", "CX-5")).isEqualTo("CX-5");
    }
}
