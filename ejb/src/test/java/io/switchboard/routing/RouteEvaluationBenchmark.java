package io.switchboard.routing;

import io.switchboard.attributes.AttributeType;
import io.switchboard.conditions.AttributeCatalogue;
import io.switchboard.conditions.Condition;
import io.switchboard.conditions.ConditionGroup;
import io.switchboard.conditions.Facts;
import io.switchboard.conditions.TestFacts;
import io.switchboard.conversations.Priority;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Time to route one message through N enabled routes of 5 conditions each, in the worst case: in every route the
 * first four conditions hold and the fifth fails, and only the last route matches. With {@code shared} the four
 * holding conditions are the same in every route (one destination number, one channel...), which the compiled form
 * decides once; without it every condition of every route differs, so all N × 5 conditions run.
 * Run: see README, "Measurements".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RouteEvaluationBenchmark {

    @Param({"10", "1000"})
    public int routes;

    @Param({"true", "false"})
    public boolean shared;

    private RouteSet routeSet;
    private Facts facts;

    @Setup
    public void compile() {
        AttributeCatalogue catalogue = new AttributeCatalogue(Map.of("language", AttributeType.TEXT), Map.of());
        List<RouteRule> rules = new ArrayList<>();
        for (int i = 0; i < routes; i++) {
            String city = i == routes - 1 ? "Madrid" : "City " + i;
            ConditionGroup conditions = shared
                    ? ConditionGroup.all(
                            new Condition("conversation.channel", "IS", "WHATSAPP"),
                            new Condition("person.custom.language", "IS", "Spanish"),
                            new Condition("conversation.content", "CONTAINS", "card"),
                            new Condition("person.birthDate", "BEFORE", "2000-01-01"),
                            new Condition("person.city", "IS", city))
                    : ConditionGroup.all(
                            new Condition("person.custom.language", "IS_NOT", "Language " + i),
                            new Condition("custom.ivrChoice", "DOES_NOT_CONTAIN", "option " + i),
                            new Condition("person.lastName", "IS_NOT", "Name " + i),
                            new Condition(
                                    "person.birthDate",
                                    "BEFORE",
                                    LocalDate.of(2000, 1, 1).plusDays(i).toString()),
                            new Condition("person.city", "IS", city));
            rules.add(new RouteRule(i, "Route " + i, true, i, Priority.HIGH, conditions));
        }
        routeSet = RouteSet.compile(rules, catalogue);
        facts = new TestFacts()
                .with(f -> {
                    f.content = "My card is blocked, please help";
                    f.person = TestFacts.person(Map.of("language", "spanish"));
                    f.customAttributes = Map.of("ivrChoice", "blocked card");
                })
                .build();
        if (routeSet.decide(facts).routeId() != routes - 1) {
            throw new IllegalStateException("the last route should match");
        }
    }

    @Benchmark
    public RoutingDecision decide() {
        return routeSet.decide(facts);
    }
}
