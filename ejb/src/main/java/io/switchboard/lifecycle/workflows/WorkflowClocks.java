package io.switchboard.lifecycle.workflows;

import io.switchboard.channels.ChannelGroup;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationChanged;
import io.switchboard.deadlines.Deadline;
import io.switchboard.deadlines.Deadlines;
import io.switchboard.workflows.CompiledWorkflow;
import io.switchboard.workflows.TriggerType;
import io.switchboard.workflows.WorkflowService;
import io.switchboard.workflows.WorkflowTrigger;
import io.switchboard.workflows.logic.TimedTriggers;
import io.switchboard.workflows.logic.TimedTriggers.Step;
import io.switchboard.workflows.logic.TimedTriggers.Trigger;
import io.switchboard.workflows.logic.TimedTriggers.What;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Arms and disarms the time-based triggers of the enabled workflows on every conversation change, inside the
 * change's transaction: one durable deadline per armed trigger and conversation ({@link #KIND}, payload "TYPE
 * workflowId after"), so an armed trigger exists exactly when the change that armed it committed, and the update that
 * disarms it deletes it. {@link TimedTriggers} decides; this only reads and writes the deadlines.
 */
@Stateless
public class WorkflowClocks {

    /** The deadline kind of an armed time-based trigger. */
    public static final String KIND = "workflow.time-trigger";

    @EJB
    WorkflowService workflows;

    @EJB
    Deadlines deadlines;

    @Inject
    Clock clock;

    public void changed(ConversationChanged change) {
        Conversation conversation = change.conversation();
        if (conversation.getChannel().group() == ChannelGroup.VOICE) {
            return;
        }
        List<Trigger> triggers = timeTriggers(workflows.recentlyCompiled());
        if (triggers.isEmpty()) {
            return;
        }
        Map<TriggerType, Step> steps = TimedTriggers.steps(update(change));
        if (!TimedTriggers.concerns(steps, triggers)) {
            return;
        }
        long conversationId = conversation.getId();
        Set<Trigger> running = steps.containsValue(Step.START_IF_STOPPED) ? running(conversationId) : Set.of();
        TimedTriggers.Plan plan = TimedTriggers.plan(steps, clock.instant(), triggers, running);
        for (TriggerType type : plan.stop()) {
            deadlines.cancel(KIND, conversationId, type.name() + " ");
        }
        for (TimedTriggers.Arming arming : plan.start()) {
            deadlines.schedule(KIND, conversationId, arming.due(), payload(arming.trigger()));
        }
    }

    /** The armed trigger a deadline's payload names, if it still reads as one. */
    static Optional<Trigger> trigger(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(" ");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new Trigger(Long.parseLong(parts[1]), TriggerType.valueOf(parts[0]), Duration.parse(parts[2])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static String payload(Trigger trigger) {
        return trigger.type().name() + " " + trigger.workflowId() + " " + trigger.after();
    }

    private Set<Trigger> running(long conversationId) {
        Set<Trigger> running = new HashSet<>();
        for (Deadline deadline : deadlines.pending(KIND, conversationId)) {
            trigger(deadline.getPayload()).ifPresent(running::add);
        }
        return running;
    }

    static List<Trigger> timeTriggers(List<CompiledWorkflow> compiled) {
        List<Trigger> triggers = new ArrayList<>();
        for (CompiledWorkflow workflow : compiled) {
            if (!workflow.enabled()) {
                continue;
            }
            for (WorkflowTrigger trigger : workflow.triggers()) {
                if (trigger.type().timeBased() && trigger.after() != null) {
                    triggers.add(new Trigger(workflow.id(), trigger.type(), trigger.after()));
                }
            }
        }
        return triggers;
    }

    private static TimedTriggers.Update update(ConversationChanged change) {
        String now = change.conversation().getStatus().name();
        ConversationChanged.Change what = change.change();
        return switch (what.kind()) {
            case STATUS -> new TimedTriggers.Update(What.STATUS, what.from(), what.to());
            case MESSAGE_RECEIVED -> new TimedTriggers.Update(What.CUSTOMER_MESSAGE, now, now);
            case MESSAGE_SENT ->
                new TimedTriggers.Update("AGENT".equals(what.from()) ? What.AGENT_MESSAGE : What.OTHER, now, now);
            case HANDOVER -> new TimedTriggers.Update(What.HANDED_OVER, now, now);
            default -> new TimedTriggers.Update(What.OTHER, now, now);
        };
    }
}
