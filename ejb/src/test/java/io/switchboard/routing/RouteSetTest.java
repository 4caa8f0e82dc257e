package io.switchboard.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.attributes.AttributeType;
import io.switchboard.conditions.AttributeCatalogue;
import io.switchboard.conditions.Condition;
import io.switchboard.conditions.ConditionGroup;
import io.switchboard.conditions.Facts;
import io.switchboard.conditions.Operator;
import io.switchboard.conditions.TestFacts;
import io.switchboard.conversations.Priority;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Routing's use of the condition engine: first matching route, the Default queue, misses. */
class RouteSetTest {

    private static final long SPANISH_QUEUE = 10;
    private static final long PREMIUM_QUEUE = 20;

    private static final AttributeCatalogue CATALOGUE = new AttributeCatalogue(
            Map.of(
                    "language",
                    AttributeType.TEXT,
                    "premium",
                    AttributeType.BOOLEAN,
                    "since",
                    AttributeType.DATE,
                    "orders",
                    AttributeType.WHOLE_NUMBER,
                    "spend",
                    AttributeType.DECIMAL),
            Map.of("tier", AttributeType.TEXT, "renewal", AttributeType.DATE));

    private static Condition c(String attribute, Operator operator, String value) {
        return new Condition(attribute, operator.name(), value);
    }

    private static RouteRule route(long id, long queue, Priority priority, ConditionGroup conditions) {
        return new RouteRule(id, "Route " + id, true, queue, priority, conditions);
    }

    // ---- The guide's example: Spanish and Premium routes on the same destination number 123.

    private static final RouteRule SPANISH = new RouteRule(
            1,
            "Spanish",
            true,
            SPANISH_QUEUE,
            Priority.NORMAL,
            ConditionGroup.all(
                    c("conversation.to", Operator.IS, "123"), c("person.custom.language", Operator.IS, "Spanish")));
    private static final RouteRule PREMIUM = new RouteRule(
            2,
            "Premium",
            true,
            PREMIUM_QUEUE,
            Priority.HIGH,
            ConditionGroup.all(
                    c("conversation.to", Operator.IS, "123"), c("person.custom.premium", Operator.IS, "true")));

    private static Facts premiumSpanishSpeaker() {
        return new TestFacts()
                .with(f -> f.person = TestFacts.person(Map.of("language", "spanish", "premium", "true")))
                .build();
    }

    @Test
    void premiumRouteFirstSendsPremiumSpanishSpeakerToPremium() {
        RoutingDecision decision =
                RouteSet.compile(List.of(PREMIUM, SPANISH), CATALOGUE).decide(premiumSpanishSpeaker());
        assertThat(decision.queueId()).isEqualTo(PREMIUM_QUEUE);
        assertThat(decision.priority()).isEqualTo(Priority.HIGH);
        assertThat(decision.routeName()).isEqualTo("Premium");
        assertThat(decision.misses()).isEmpty();
    }

    @Test
    void spanishRouteFirstSendsTheSameCustomerToSpanish() {
        RoutingDecision decision =
                RouteSet.compile(List.of(SPANISH, PREMIUM), CATALOGUE).decide(premiumSpanishSpeaker());
        assertThat(decision.queueId()).isEqualTo(SPANISH_QUEUE);
        assertThat(decision.priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void aSpanishSpeakerWhoIsNotPremiumLandsInSpanishEvenWithPremiumFirst() {
        Facts facts = new TestFacts()
                .with(f -> f.person = TestFacts.person(Map.of("language", "Spanish", "premium", "false")))
                .build();
        RoutingDecision decision =
                RouteSet.compile(List.of(PREMIUM, SPANISH), CATALOGUE).decide(facts);
        assertThat(decision.queueId()).isEqualTo(SPANISH_QUEUE);
        assertThat(decision.misses())
                .containsExactly(
                        new RouteMiss(2, "Premium", "conditions.conditions[1]", "person.custom.premium is 'true'"));
    }

    @Test
    void noMatchGoesToTheDefaultQueueWithNormalPriority() {
        Facts facts = new TestFacts().with(f -> f.senderId = 456L).build();
        RoutingDecision decision =
                RouteSet.compile(List.of(PREMIUM, SPANISH), CATALOGUE).decide(facts);
        assertThat(decision.matched()).isFalse();
        assertThat(decision.queueId()).isNull();
        assertThat(decision.priority()).isEqualTo(Priority.NORMAL);
        assertThat(decision.misses())
                .extracting(RouteMiss::routeName, RouteMiss::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Premium", "conditions.conditions[0]"),
                        org.assertj.core.groups.Tuple.tuple("Spanish", "conditions.conditions[0]"));
    }

    @Test
    void noRoutesAtAllGoesToTheDefaultQueue() {
        RoutingDecision decision = RouteSet.compile(List.of(), CATALOGUE).decide(premiumSpanishSpeaker());
        assertThat(decision.matched()).isFalse();
        assertThat(decision.priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void aDisabledRouteIsNeverEvaluated() {
        RouteRule disabledPremium =
                new RouteRule(2, "Premium", false, PREMIUM_QUEUE, Priority.HIGH, PREMIUM.conditions());
        RouteSet set = RouteSet.compile(List.of(disabledPremium, SPANISH), CATALOGUE);
        RoutingDecision decision = set.decide(premiumSpanishSpeaker());
        assertThat(set.size()).isEqualTo(1);
        assertThat(decision.queueId()).isEqualTo(SPANISH_QUEUE);
        assertThat(decision.misses()).isEmpty();
    }

    @Test
    void onlyTheFirstMissesAreKept() {
        List<RouteRule> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(route(i, 1, Priority.LOW, ConditionGroup.all(c("person.city", Operator.IS, "Nowhere " + i))));
        }
        RoutingDecision decision = RouteSet.compile(many, CATALOGUE).decide(new TestFacts().build());
        assertThat(decision.misses()).hasSize(RoutingDecision.MISSES_KEPT);
        assertThat(decision.misses().get(0).routeId()).isZero();
    }

    @Test
    void theFirstMatchingRouteWinsEvenWhenLaterOnesMatchToo() {
        RouteRule first =
                route(1, 100, Priority.URGENT, ConditionGroup.all(c("conversation.channel", Operator.IS, "whatsapp")));
        RouteRule second = route(2, 200, Priority.LOW, ConditionGroup.all(c("person.city", Operator.IS, "Madrid")));
        assertThat(RouteSet.compile(List.of(first, second), CATALOGUE)
                        .decide(new TestFacts().build())
                        .queueId())
                .isEqualTo(100);
        assertThat(RouteSet.compile(List.of(second, first), CATALOGUE)
                        .decide(new TestFacts().build())
                        .queueId())
                .isEqualTo(200);
    }

    @Test
    void manyRoutesComparingOneAttributeWithDifferentValuesDecideEachRightly() {
        List<RouteRule> rules = new ArrayList<>();
        for (String city : List.of("Paris", "Rome", "Madrid", "Lisbon")) {
            rules.add(new RouteRule(
                    rules.size(),
                    "not " + city,
                    true,
                    100 + rules.size(),
                    Priority.LOW,
                    ConditionGroup.all(c("person.city", Operator.IS_NOT, city), c("person.city", Operator.IS, "x"))));
        }
        for (String tag : List.of("sales", "billing", "urgent")) {
            rules.add(new RouteRule(
                    rules.size(),
                    "tag " + tag,
                    true,
                    100 + rules.size(),
                    Priority.LOW,
                    ConditionGroup.all(
                            c("conversation.tags", Operator.IN_LIST, tag),
                            c("conversation.tags", Operator.NOT_IN_LIST, "urgent"))));
        }
        rules.add(new RouteRule(
                rules.size(),
                "Madrid",
                true,
                999,
                Priority.LOW,
                ConditionGroup.all(c("person.city", Operator.IS, "madrid"))));
        RouteSet set = RouteSet.compile(rules, CATALOGUE);

        RoutingDecision billing =
                set.decide(new TestFacts().with(f -> f.tags = Set.of("Billing")).build());
        assertThat(billing.routeName()).isEqualTo("tag billing");
        assertThat(billing.misses())
                .extracting(RouteMiss::path)
                .containsExactly(
                        "conditions.conditions[1]",
                        "conditions.conditions[1]",
                        "conditions.conditions[0]",
                        "conditions.conditions[1]",
                        "conditions.conditions[0]");
        assertThat(set.decide(new TestFacts()
                                .with(f -> f.tags = Set.of("billing", "urgent"))
                                .build())
                        .routeName())
                .isEqualTo("Madrid");
        assertThat(set.decide(new TestFacts().with(f -> f.person = null).build())
                        .matched())
                .isFalse();
    }
}
