package io.switchboard.conversations.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReachTest {

    static final long DEFAULT = 1;
    static final long SALES = 2;
    static final long BILLING = 3;
    static final long ANA = 100;
    static final long IVO = 101;

    private final Reach ana = Reach.agent(ANA, Set.of(SALES), DEFAULT);

    @Test
    @DisplayName("An agent reaches conversations assigned to them, in any queue")
    void reachesOwnConversations() {
        assertThat(ana.reaches(ANA, SALES)).isTrue();
        assertThat(ana.reaches(ANA, BILLING)).isTrue();
        assertThat(ana.reaches(ANA, DEFAULT)).isTrue();
    }

    @Test
    @DisplayName("Default queue: 'It is available to all agents and all agents are part of this queue automatically'")
    void reachesUnassignedInTheirQueuesAndTheDefaultQueue() {
        assertThat(ana.reaches(null, SALES)).isTrue();
        assertThat(ana.reaches(null, DEFAULT)).isTrue();
        assertThat(ana.reaches(null, BILLING)).isFalse();
    }

    @Test
    @DisplayName("An agent never reaches another agent's conversation, even in their own queue")
    void neverReachesSomeoneElsesConversation() {
        assertThat(ana.reaches(IVO, SALES)).isFalse();
        assertThat(ana.reaches(IVO, DEFAULT)).isFalse();
    }

    @Test
    void anAgentRoleWithoutAgentReachesOnlyUnassignedDefaultQueueConversations() {
        Reach nobody = Reach.agent(null, Set.of(), DEFAULT);
        assertThat(nobody.reaches(null, DEFAULT)).isTrue();
        assertThat(nobody.reaches(null, SALES)).isFalse();
        assertThat(nobody.reaches(ANA, DEFAULT)).isFalse();
        assertThat(nobody.unassignedQueues()).containsExactly(DEFAULT);
    }

    @Test
    @DisplayName("Manager: 'can manage conversations regardless to whom they are assigned'")
    void managersReachEverything() {
        assertThat(Reach.EVERYTHING.reaches(IVO, BILLING)).isTrue();
        assertThat(Reach.EVERYTHING.reaches(null, BILLING)).isTrue();
    }

    @Test
    void botsReachWhatTheyHoldOnly() {
        Reach bot = Reach.bot(IVO);
        assertThat(bot.reaches(IVO, BILLING)).isTrue();
        assertThat(bot.reaches(null, DEFAULT)).isFalse();
        assertThat(bot.reaches(ANA, DEFAULT)).isFalse();
    }

    @Test
    void othersReachNothing() {
        assertThat(Reach.NOTHING.reaches(null, DEFAULT)).isFalse();
        assertThat(Reach.NOTHING.reaches(ANA, DEFAULT)).isFalse();
    }

    @Test
    void anAgentsUnassignedQueuesIncludeTheDefaultQueue() {
        assertThat(ana.unassignedQueues()).containsExactlyInAnyOrder(SALES, DEFAULT);
        assertThat(Reach.bot(IVO).unassignedQueues()).isEmpty();
    }
}
