package io.switchboard.workflows.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.workflows.TriggerType;
import io.switchboard.workflows.WorkflowTrigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class WorkflowPassTest {

    record W(String name, boolean enabled, boolean holds, List<WorkflowTrigger> triggers) {}

    static int next(List<W> ordered, int from, WorkflowEvent event) {
        return WorkflowPass.next(ordered, from, event, W::triggers, W::enabled, W::holds);
    }

    /** Guide: "all actions from the first workflow are executed first, then all actions from the second". */
    @Test
    void runsMatchingWorkflowsInListOrder() {
        List<W> ordered = List.of(
                new W("tag on note", true, true, List.of(WorkflowTrigger.on(TriggerType.NOTE_CREATED))),
                new W("on solved", true, true, List.of(WorkflowTrigger.statusChangedTo("SOLVED"))),
                new W("disabled", false, true, List.of(WorkflowTrigger.statusChangedTo("SOLVED"))),
                new W("conditions fail", true, false, List.of(WorkflowTrigger.statusChangedTo("SOLVED"))),
                new W(
                        "also solved",
                        true,
                        true,
                        List.of(
                                WorkflowTrigger.on(TriggerType.NOTE_CREATED),
                                WorkflowTrigger.statusChangedTo("SOLVED"))));
        WorkflowEvent solved = new WorkflowEvent(TriggerType.STATUS_CHANGED, "SOLVED", null, null, null, 0);
        List<String> ran = new ArrayList<>();
        for (int i = next(ordered, 0, solved); i >= 0; i = next(ordered, i + 1, solved)) {
            ran.add(ordered.get(i).name());
        }
        assertEquals(List.of("on solved", "also solved"), ran);
    }

    /** Guide: several triggers "will be tied to an 'OR' operator". */
    @Test
    void anyTriggerOfAWorkflowRunsIt() {
        List<W> ordered = List.of(new W(
                "either",
                true,
                true,
                List.of(WorkflowTrigger.on(TriggerType.TAG_CHANGED), WorkflowTrigger.on(TriggerType.QUEUE_CHANGED))));
        assertEquals(0, next(ordered, 0, WorkflowEvent.of(TriggerType.QUEUE_CHANGED)));
        assertEquals(0, next(ordered, 0, WorkflowEvent.of(TriggerType.TAG_CHANGED)));
        assertEquals(-1, next(ordered, 0, WorkflowEvent.of(TriggerType.NOTE_CREATED)));
    }

    @Test
    void eventsFireTheirOwnTriggersOnly() {
        WorkflowTrigger smsToEmail = new WorkflowTrigger(TriggerType.CHANNEL_CHANGED, null, null, "SMS", "EMAIL", null);
        WorkflowTrigger anyToEmail = new WorkflowTrigger(TriggerType.CHANNEL_CHANGED, null, null, null, "EMAIL", null);
        WorkflowEvent viberToEmail = new WorkflowEvent(TriggerType.CHANNEL_CHANGED, null, "VIBER", "EMAIL", null, 0);
        assertFalse(viberToEmail.fires(smsToEmail));
        assertTrue(viberToEmail.fires(anyToEmail));
        WorkflowTrigger unhappy =
                new WorkflowTrigger(TriggerType.SURVEY_FEEDBACK_RECEIVED, null, null, null, null, Set.of("NOT_HAPPY"));
        assertTrue(new WorkflowEvent(TriggerType.SURVEY_FEEDBACK_RECEIVED, null, null, null, "NOT_HAPPY", 0)
                .fires(unhappy));
        assertFalse(
                new WorkflowEvent(TriggerType.SURVEY_FEEDBACK_RECEIVED, null, null, null, "HAPPY", 0).fires(unhappy));
        assertFalse(new WorkflowEvent(TriggerType.STATUS_CHANGED, "OPEN", null, null, null, 0)
                .fires(WorkflowTrigger.statusChangedTo("SOLVED")));
    }

    @Test
    void aCausedEventIsOneLevelDeeper() {
        WorkflowEvent outside = WorkflowEvent.of(TriggerType.TAG_CHANGED);
        assertEquals(0, outside.depth());
        assertEquals(3, outside.causedBy(2).depth());
    }

    /**
     * One decision runs to the next workflow whose conditions hold, records the fired ones whose conditions failed on
     * the way, and reads the conversation's facts once for all of them (issue 16: 200 workflows per event).
     */
    @Test
    void aDecisionReadsTheFactsOnceAndNamesTheSkippedWorkflows() {
        WorkflowTrigger onMessage = WorkflowTrigger.on(TriggerType.INBOUND_MESSAGE_RECEIVED);
        List<W> ordered = List.of(
                new W("fails", true, false, List.of(onMessage)),
                new W("other event", true, true, List.of(WorkflowTrigger.on(TriggerType.NOTE_CREATED))),
                new W("disabled", false, true, List.of(onMessage)),
                new W("fails too", true, false, List.of(onMessage)),
                new W("holds", true, true, List.of(onMessage)),
                new W("later", true, true, List.of(onMessage)));
        AtomicInteger reads = new AtomicInteger();
        Supplier<String> facts = WorkflowPass.once(() -> "facts " + reads.incrementAndGet());
        WorkflowPass.Decision<W> decision = WorkflowPass.decide(
                ordered, 0, WorkflowEvent.of(TriggerType.INBOUND_MESSAGE_RECEIVED), W::triggers, W::enabled, w -> {
                    facts.get();
                    return w.holds() ? Optional.empty() : Optional.of("condition not met: " + w.name());
                });

        assertEquals(4, decision.next());
        assertEquals(
                List.of("fails", "fails too"),
                decision.skipped().stream().map(s -> s.workflow().name()).toList());
        assertEquals("condition not met: fails", decision.skipped().get(0).reason());
        assertEquals(1, reads.get());
        assertEquals("facts 1", facts.get());
    }

    @Test
    void aDecisionWithNothingToRunEndsAtMinusOneWithoutReadingFacts() {
        AtomicInteger reads = new AtomicInteger();
        Supplier<String> facts = WorkflowPass.once(() -> "facts " + reads.incrementAndGet());
        List<W> ordered = List.of(new W("notes", true, true, List.of(WorkflowTrigger.on(TriggerType.NOTE_CREATED))));
        WorkflowPass.Decision<W> decision = WorkflowPass.decide(
                ordered, 0, WorkflowEvent.of(TriggerType.TAG_CHANGED), W::triggers, W::enabled, w -> {
                    facts.get();
                    return Optional.empty();
                });
        assertEquals(-1, decision.next());
        assertTrue(decision.skipped().isEmpty());
        assertEquals(0, reads.get());
    }
}
