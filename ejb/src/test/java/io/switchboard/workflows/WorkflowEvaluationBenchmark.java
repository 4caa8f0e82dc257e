package io.switchboard.workflows;

import io.switchboard.attributes.AttributeType;
import io.switchboard.conditions.AttributeCatalogue;
import io.switchboard.conditions.Condition;
import io.switchboard.conditions.ConditionGroup;
import io.switchboard.conditions.Facts;
import io.switchboard.conditions.Rule;
import io.switchboard.conditions.RuleSet;
import io.switchboard.conditions.TestFacts;
import io.switchboard.workflows.logic.TimedTriggers;
import io.switchboard.workflows.logic.WorkflowEvent;
import io.switchboard.workflows.logic.WorkflowPass;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 16's speed goal: with N enabled workflows, deciding what one event does costs under 200 µs (median). The
 * worst case: every workflow waits for the event (a customer message) and has three conditions of which the first
 * two hold and the third fails, except in the last workflow, so all N × 3 conditions run and one workflow matches
 * ({@code event}); and every workflow also has a time-based trigger the same update arms ({@code arming}: the
 * decision only, the deadline rows are written by the caller).
 * Run: see README, "Measurements".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorkflowEvaluationBenchmark {

    @Param("200")
    public int workflows;

    private List<CompiledWorkflow> ordered;
    private List<TimedTriggers.Trigger> timeTriggers;
    private Facts facts;
    private final WorkflowEvent event = WorkflowEvent.of(TriggerType.INBOUND_MESSAGE_RECEIVED);
    private final TimedTriggers.Update update =
            new TimedTriggers.Update(TimedTriggers.What.CUSTOMER_MESSAGE, "OPEN", "OPEN");
    private final Instant now = Instant.parse("2026-12-01T09:00:00Z");

    @Setup
    public void compile() {
        AttributeCatalogue catalogue = new AttributeCatalogue(Map.of("language", AttributeType.TEXT), Map.of());
        ordered = new ArrayList<>();
        timeTriggers = new ArrayList<>();
        for (int i = 0; i < workflows; i++) {
            String city = i == workflows - 1 ? "Madrid" : "City " + i;
            ConditionGroup conditions = ConditionGroup.all(
                    new Condition("person.custom.language", "IS_NOT", "Language " + i),
                    new Condition("conversation.content", "DOES_NOT_CONTAIN", "word " + i),
                    new Condition("person.city", "IS", city));
            List<WorkflowTrigger> triggers = List.of(
                    WorkflowTrigger.on(TriggerType.INBOUND_MESSAGE_RECEIVED),
                    WorkflowTrigger.after(TriggerType.AGENT_REPLY_PENDING, Duration.ofMinutes(5 + i)));
            ordered.add(new CompiledWorkflow(
                    i,
                    "Workflow " + i,
                    true,
                    triggers,
                    RuleSet.compile(List.of(new Rule<>(i, "Workflow " + i, conditions, (long) i)), catalogue),
                    List.of(WorkflowAction.of(ActionType.UNASSIGN))));
            timeTriggers.add(new TimedTriggers.Trigger(i, TriggerType.AGENT_REPLY_PENDING, Duration.ofMinutes(5 + i)));
        }
        facts = new TestFacts()
                .with(f -> {
                    f.content = "My card is blocked, please help";
                    f.person = TestFacts.person(Map.of("language", "spanish"));
                })
                .build();
        List<Long> matched = event();
        if (!matched.equals(List.of((long) workflows - 1))) {
            throw new IllegalStateException("only the last workflow should run, not " + matched);
        }
        if (arming().start().size() != workflows) {
            throw new IllegalStateException("every time-based trigger should be armed");
        }
    }

    /** The workflows one customer message runs, in order, conditions evaluated as the runner does. */
    @Benchmark
    public List<Long> event() {
        List<Long> run = new ArrayList<>(1);
        for (int i = next(0); i >= 0; i = next(i + 1)) {
            run.add(ordered.get(i).id());
        }
        return run;
    }

    /** Which time-based triggers the same message arms and stops. */
    @Benchmark
    public TimedTriggers.Plan arming() {
        return TimedTriggers.plan(TimedTriggers.steps(update), now, timeTriggers, Set.of());
    }

    private int next(int from) {
        return WorkflowPass.next(
                ordered,
                from,
                event,
                CompiledWorkflow::triggers,
                CompiledWorkflow::enabled,
                w -> w.conditions().first(facts, 1).matched());
    }
}
