package io.switchboard.agents.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class AgentEmailsTest {

    @Test
    void anAddressIsKeptTrimmedAndNoneIsNull() {
        assertThat(AgentEmails.checked("email", "  ana@example.com ")).isEqualTo("ana@example.com");
        assertThat(AgentEmails.checked("email", null)).isNull();
        assertThat(AgentEmails.checked("email", "  ")).isNull();
    }

    @Test
    void aMalformedOrOverlongAddressIsRefusedNamingTheField() {
        assertThatThrownBy(() -> AgentEmails.checked("email", "ana at example"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("email address");
        assertThatThrownBy(() -> AgentEmails.checked("email", "a@b.c d@e.f")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AgentEmails.checked("email", "a".repeat(250) + "@example.com"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("254");
    }
}
