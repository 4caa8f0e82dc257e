package io.switchboard.lifecycle.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.channels.Channel;
import io.switchboard.channels.Sender;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationChanged;
import io.switchboard.conversations.ConversationChanged.Change;
import io.switchboard.conversations.ConversationChanged.Kind;
import io.switchboard.people.Person;
import io.switchboard.queues.Queue;
import io.switchboard.workflows.ActionType;
import io.switchboard.workflows.CompiledWorkflow;
import io.switchboard.workflows.TriggerType;
import io.switchboard.workflows.WorkflowAction;
import io.switchboard.workflows.WorkflowCache;
import io.switchboard.workflows.WorkflowTrigger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The listener calls the workflow session beans only when what this instance read within the last second may concern
 * the change, or when it read nothing yet.
 */
class WorkflowChangeListenerTest {

    private final List<ConversationChanged> clocked = new ArrayList<>();
    private final List<ConversationChanged> run = new ArrayList<>();
    private final WorkflowChangeListener listener = new WorkflowChangeListener();
    private final WorkflowCache cache = new WorkflowCache();

    @BeforeEach
    void wire() {
        listener.recent = cache;
        listener.clocks = new WorkflowClocks() {
            @Override
            public void changed(ConversationChanged change) {
                clocked.add(change);
            }
        };
        listener.runner = new WorkflowRunner() {
            @Override
            public void changed(ConversationChanged change) {
                run.add(change);
            }
        };
    }

    @Test
    void withNothingReadYetBothSessionBeansDecide() {
        ConversationChanged received = received(Channel.SMS);
        inTransactionAndAfterCommit(received);
        assertThat(clocked).containsExactly(received);
        assertThat(run).containsExactly(received);
    }

    @Test
    void workflowsReadWithoutTimeTriggersOrThisEventAreNotAskedAgain() {
        known(workflow(WorkflowTrigger.on(TriggerType.NOTE_CREATED)));
        ConversationChanged received = received(Channel.SMS);
        inTransactionAndAfterCommit(received);
        assertThat(clocked).isEmpty();
        assertThat(run).isEmpty();
    }

    @Test
    void aTimeTriggerOrATriggerThisEventFiresCallsTheSessionBeans() {
        known(
                workflow(WorkflowTrigger.after(TriggerType.CUSTOMER_REPLY_PENDING, Duration.ofHours(1))),
                workflow(WorkflowTrigger.on(TriggerType.INBOUND_MESSAGE_RECEIVED)));
        ConversationChanged received = received(Channel.SMS);
        inTransactionAndAfterCommit(received);
        assertThat(clocked).containsExactly(received);
        assertThat(run).containsExactly(received);
    }

    @Test
    void aDisabledWorkflowConcernsNothing() {
        known(new CompiledWorkflow(
                1,
                "Off",
                false,
                List.of(
                        WorkflowTrigger.after(TriggerType.WAITING_FOR, Duration.ofHours(1)),
                        WorkflowTrigger.on(TriggerType.INBOUND_MESSAGE_RECEIVED)),
                null,
                List.of(WorkflowAction.of(ActionType.CLOSE))));
        ConversationChanged received = received(Channel.SMS);
        inTransactionAndAfterCommit(received);
        assertThat(clocked).isEmpty();
        assertThat(run).isEmpty();
    }

    @Test
    void voiceConversationsHaveNoClocks() {
        ConversationChanged call = received(Channel.VOICE);
        listener.changed(call);
        assertThat(clocked).isEmpty();
    }

    /** As Weld delivers a change: to the observer in its transaction, then to the one after its commit. */
    private void inTransactionAndAfterCommit(ConversationChanged change) {
        listener.changed(change);
        listener.committed(change);
    }

    private void known(CompiledWorkflow... workflows) {
        cache.put(cache.ticket(), List.of(workflows), System.nanoTime());
    }

    private static CompiledWorkflow workflow(WorkflowTrigger trigger) {
        return new CompiledWorkflow(
                1, "Workflow", true, List.of(trigger), null, List.of(WorkflowAction.of(ActionType.CLOSE)));
    }

    private static ConversationChanged received(Channel channel) {
        Instant now = Instant.now();
        Conversation conversation = Conversation.inbound(
                1,
                new Person(null, null, now),
                new Sender(channel, "+15550001", "Test", now),
                channel,
                new Queue("Default", now),
                null,
                now);
        return new ConversationChanged(conversation, Change.of(Kind.MESSAGE_RECEIVED));
    }
}
