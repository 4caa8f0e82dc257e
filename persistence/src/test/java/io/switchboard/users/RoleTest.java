package io.switchboard.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void agentAndManagerAreExclusive() {
        assertThat(Role.isValidCombination(EnumSet.of(Role.AGENT, Role.MANAGER)))
                .isFalse();
        assertThat(Role.isValidCombination(EnumSet.of(Role.AGENT, Role.MANAGER, Role.ACCOUNT_MANAGER)))
                .isFalse();
    }

    @Test
    void everyOtherCombinationIsValid() {
        assertThat(Role.isValidCombination(EnumSet.of(Role.AGENT))).isTrue();
        assertThat(Role.isValidCombination(EnumSet.of(Role.MANAGER, Role.ACCOUNT_MANAGER)))
                .isTrue();
        assertThat(Role.isValidCombination(EnumSet.of(Role.AGENT, Role.ANALYTICS_MANAGER, Role.ACCOUNT_MANAGER)))
                .isTrue();
    }

    @Test
    void noRoleIsNotAValidCombination() {
        assertThat(Role.isValidCombination(List.of())).isFalse();
    }

    @Test
    void constantNamesMatchTheEnum() {
        assertThat(List.of(
                        Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER, Role.Names.ACCOUNT_MANAGER))
                .containsExactly(
                        Role.AGENT.name(),
                        Role.MANAGER.name(),
                        Role.ANALYTICS_MANAGER.name(),
                        Role.ACCOUNT_MANAGER.name());
    }
}
