package io.switchboard.workflows;

import io.switchboard.attributes.AttributeType;
import io.switchboard.conditions.AttributeCatalogue;
import io.switchboard.conditions.Condition;
import io.switchboard.conditions.ConditionGroup;
import io.switchboard.conditions.Facts;
import io.switchboard.conditions.Rule;
import io.switchboard.conditions.RuleSet;
import io.switchboard.conditions.TestFacts;
import io.switchboard.conditions.WorkflowFacts;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
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
 * worst case: every workflow waits for the event (a customer message) and has four conditions of which the first
 * three hold (one of them workflow-only: the conversation's status) and the fourth fails, except in the last
 * workflow, so all N × 4 conditions run and one workflow matches ({@code event}); and every workflow also has a
 * time-based trigger the same update arms ({@code arming}: the decision only, the deadline rows are written by the
 * caller).
 * <p>
 * {@code event} is the runner's own decision ({@link WorkflowPass#decide} with {@link
 * CompiledWorkflow#failedCondition}, as {@code WorkflowSteps.next} calls it), and the facts are read through {@link
 * WorkflowPass#once} as there: once per event, not per workflow (the setup checks it). What the server reads from the
 * database for those facts (about ten small queries, once per event) is not in this figure; README, "Measurements".
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
    private Supplier<Facts> reader;
    private final WorkflowEvent event = WorkflowEvent.of(TriggerType.INBOUND_MESSAGE_RECEIVED);
    private final TimedTriggers.Update update =
            new TimedTriggers.Update(TimedTriggers.What.CUSTOMER_MESSAGE, "OPEN", "OPEN");
    private final Instant now = Instant.parse("2026-12-01T09:00:00Z");

    @Setup
    public void compile() {
        AttributeCatalogue catalogue =
                new AttributeCatalogue(Map.of("language", AttributeType.TEXT), Map.of()).forWorkflows(Map.of());
        ordered = new ArrayList<>();
        timeTriggers = new ArrayList<>();
        for (int i = 0; i < workflows; i++) {
            String city = i == workflows - 1 ? "Madrid" : "City " + i;
            ConditionGroup conditions = ConditionGroup.all(
                    new Condition("person.custom.language", "IS_NOT", "Language " + i),
                    new Condition("conversation.content", "IS_NOT", "word " + i),
                    new Condition("conversation.status", "IN_LIST", "OPEN"),
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
        Facts known = new TestFacts()
                .with(f -> {
                    f.content = "My card is blocked, please help";
                    f.person = TestFacts.person(Map.of("language", "spanish"));
                })
                .build()
                .withWorkflow(new WorkflowFacts(
                        7L, "INBOUND", "OPEN", null, false, null, false, null, "+15550100", Map.of(), Set.of()));
        AtomicInteger reads = new AtomicInteger();
        reader = () -> {
            reads.incrementAndGet();
            return known;
        };
        List<Long> matched = event();
        if (reads.get() != 1) {
            throw new IllegalStateException("the facts should be read once per event, not " + reads.get() + " times");
        }
        reader = () -> known;
        if (!matched.equals(List.of((long) workflows - 1))) {
            throw new IllegalStateException("only the last workflow should run, not " + matched);
        }
        if (arming().start().size() != workflows) {
            throw new IllegalStateException("every time-based trigger should be armed");
        }
    }

    /**
     * The workflows one customer message runs, in order, decided as the runner does: one decision up to the next
     * workflow that runs, the facts read once per decision.
     */
    @Benchmark
    public List<Long> event() {
        List<Long> run = new ArrayList<>(1);
        Supplier<Facts> once = WorkflowPass.once(reader);
        for (int i = decide(0, once); i >= 0; i = decide(i + 1, WorkflowPass.once(reader))) {
            run.add(ordered.get(i).id());
        }
        return run;
    }

    /** Which time-based triggers the same message arms and stops. */
    @Benchmark
    public TimedTriggers.Plan arming() {
        return TimedTriggers.plan(TimedTriggers.steps(update), now, timeTriggers, Set.of());
    }

    private int decide(int from, Supplier<Facts> once) {
        return WorkflowPass.decide(
                        ordered,
                        from,
                        event,
                        CompiledWorkflow::triggers,
                        CompiledWorkflow::enabled,
                        w -> w.failedCondition(once))
                .next();
    }
}
