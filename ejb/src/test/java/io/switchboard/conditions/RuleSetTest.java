package io.switchboard.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.switchboard.attributes.AttributeType;
import io.switchboard.channels.Channel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuleSetTest {

    private static final int MISSES_KEPT = 10;

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

    private static Rule<Long> rule(long id, ConditionGroup conditions) {
        return new Rule<>(id, "Rule " + id, conditions, id);
    }

    private static boolean holds(Condition condition, Facts facts) {
        Conditions.check(ConditionGroup.all(condition), "conditions", CATALOGUE, null);
        RuleSet<Long> set = RuleSet.compile(List.of(rule(1, ConditionGroup.all(condition))), CATALOGUE);
        return set.first(facts, MISSES_KEPT).matched();
    }

    private static Facts premiumSpanishSpeaker() {
        return new TestFacts()
                .with(f -> f.person = TestFacts.person(Map.of("language", "spanish", "premium", "true")))
                .build();
    }

    // ---- AND / OR nesting

    @Test
    void anOrGroupHoldsWhenAnyMemberHolds() {
        ConditionGroup anyCity =
                ConditionGroup.any(c("person.city", Operator.IS, "Paris"), c("person.city", Operator.IS, "Madrid"));
        assertThat(RuleSet.compile(List.of(rule(1, anyCity)), CATALOGUE)
                        .first(new TestFacts().build(), MISSES_KEPT)
                        .matched())
                .isTrue();
    }

    @Test
    void aFailingOrGroupIsReportedAsAWhole() {
        ConditionGroup tree = ConditionGroup.all(c("conversation.channel", Operator.IS, "WHATSAPP"))
                .withGroups(ConditionGroup.any(
                        c("person.city", Operator.IS, "Paris"), c("person.city", Operator.IS, "Rome")));
        Match<Long> decision =
                RuleSet.compile(List.of(rule(1, tree)), CATALOGUE).first(new TestFacts().build(), MISSES_KEPT);
        assertThat(decision.matched()).isFalse();
        assertThat(decision.misses().get(0).path()).isEqualTo("conditions.groups[0]");
        assertThat(decision.misses().get(0).failed()).contains("none of the 2 alternatives");
    }

    @Test
    void nestedGroupsCombineAndWithOr() {
        // (channel is WHATSAPP) AND ((city is Paris) OR (country is Spain AND tags contain vip))
        ConditionGroup tree = ConditionGroup.all(c("conversation.channel", Operator.IS, "WHATSAPP"))
                .withGroups(ConditionGroup.any(c("person.city", Operator.IS, "Paris"))
                        .withGroups(ConditionGroup.all(
                                c("person.country", Operator.IS, "spain"),
                                c("person.tags", Operator.CONTAINS, "vip"))));
        RuleSet<Long> set = RuleSet.compile(List.of(rule(1, tree)), CATALOGUE);
        assertThat(set.first(new TestFacts().build(), MISSES_KEPT).matched()).isTrue();
        assertThat(set.first(new TestFacts().with(f -> f.channel = Channel.SMS).build(), MISSES_KEPT)
                        .misses()
                        .get(0)
                        .path())
                .isEqualTo("conditions.conditions[0]");
        Facts noVip = new TestFacts()
                .with(f -> f.person = new io.switchboard.people.PersonDetails(
                        "Ana", null, null, null, null, "Madrid", "Spain", null, null, null, null, null, Set.of(),
                        Set.of(), null, Map.of()))
                .build();
        assertThat(set.first(noVip, MISSES_KEPT).matched()).isFalse();
    }

    @Test
    void aConditionOnACustomAttributeDefinedNoMoreNeverHolds() {
        ConditionGroup tree = ConditionGroup.all(c("person.custom.language", Operator.IS_NOT, "German"));
        RuleSet<Long> set = RuleSet.compile(List.of(rule(1, tree)), AttributeCatalogue.standardOnly());
        Match<Long> decision = set.first(premiumSpanishSpeaker(), MISSES_KEPT);
        assertThat(decision.matched()).isFalse();
        assertThat(decision.misses().get(0).failed()).contains("no longer defined");
    }

    // ---- Every operator against every kind of attribute

    static Stream<Arguments> operatorsAgainstKinds() {
        Facts base = new TestFacts()
                .with(f -> {
                    f.person = TestFacts.person(Map.of(
                            "language",
                            "Spanish",
                            "premium",
                            "true",
                            "since",
                            "2020-02-29",
                            "orders",
                            "12",
                            "spend",
                            "99.50"));
                    f.company = TestFacts.company(Map.of("tier", "Gold", "renewal", "2027-01-31"));
                    f.tags = Set.of("Billing", "Urgent");
                    f.senderQueues = Set.of(7L, 8L);
                    f.customAttributes = Map.of("ivrChoice", "Card Blocked");
                })
                .build();
        Facts email = new TestFacts()
                .with(f -> {
                    f.channel = Channel.EMAIL;
                    f.from = "Ana@Example.com";
                    f.senderId = 55L;
                    f.subject = "Invoice #42 overdue";
                    f.cc = List.of("boss@example.com", "team@Acme.com");
                    f.bcc = List.of("audit@acme.com");
                })
                .build();
        Facts apple = new TestFacts()
                .with(f -> {
                    f.channel = Channel.APPLE_MESSAGES_FOR_BUSINESS;
                    f.channelAttributes = Map.of(
                            "deviceAgent", "iPhone15,2", "group", "Support", "intent", "Refund", "locale", "es_ES");
                })
                .build();
        Facts visitor = new TestFacts()
                .with(f -> {
                    f.channel = Channel.LIVE_CHAT;
                    f.visitor = true;
                    f.person = null;
                })
                .build();
        return Stream.of(
                // channel (CHANNEL)
                arguments("conversation.channel", Operator.IS, "whatsapp", base, true),
                arguments("conversation.channel", Operator.IS, "SMS", base, false),
                arguments("conversation.channel", Operator.IS_NOT, "SMS", base, true),
                arguments("conversation.channel", Operator.IS_NOT, "WHATSAPP", base, false),
                // content (TEXT): case-insensitive
                arguments("conversation.content", Operator.IS, "HELLO", base, true),
                arguments("conversation.content", Operator.IS, "Hell", base, false),
                arguments("conversation.content", Operator.IS_NOT, "hello", base, false),
                arguments("conversation.content", Operator.CONTAINS, "ELL", base, true),
                arguments("conversation.content", Operator.CONTAINS, "bye", base, false),
                arguments("conversation.content", Operator.STARTS_WITH, "he", base, true),
                arguments("conversation.content", Operator.STARTS_WITH, "lo", base, false),
                // conversation tags (TAG_LIST)
                arguments("conversation.tags", Operator.IN_LIST, "billing", base, true),
                arguments("conversation.tags", Operator.IN_LIST, "sales", base, false),
                arguments("conversation.tags", Operator.NOT_IN_LIST, "sales", base, true),
                arguments("conversation.tags", Operator.NOT_IN_LIST, "URGENT", base, false),
                arguments("conversation.tags", Operator.NOT_IN_LIST, "urgent", new TestFacts().build(), true),
                // from, to, is visitor
                arguments("conversation.from", Operator.STARTS_WITH, "+385", base, true),
                arguments("conversation.from", Operator.CONTAINS, "999", base, false),
                arguments("conversation.to", Operator.IS, "123", base, true),
                arguments("conversation.to", Operator.IS_NOT, "123", base, false),
                arguments("conversation.isVisitor", Operator.IS, "true", visitor, true),
                arguments("conversation.isVisitor", Operator.IS, "TRUE", base, false),
                arguments("conversation.isVisitor", Operator.IS_NOT, "true", base, true),
                // person standard (TEXT, DATE, GENDER, TEXT_LIST)
                arguments("person.city", Operator.IS, "madrid", base, true),
                arguments("person.country", Operator.IS_NOT, "Spain", base, false),
                arguments("person.lastName", Operator.STARTS_WITH, "garc", base, true),
                arguments("person.birthDate", Operator.IS, "1990-05-17", base, true),
                arguments("person.birthDate", Operator.IS_NOT, "1990-05-17", base, false),
                arguments("person.birthDate", Operator.BEFORE, "1990-05-18", base, true),
                arguments("person.birthDate", Operator.BEFORE, "1990-05-17", base, false),
                arguments("person.birthDate", Operator.AFTER, "1990-05-16", base, true),
                arguments("person.birthDate", Operator.AFTER, "1990-05-17", base, false),
                arguments("person.birthDate", Operator.BEFORE_OR_ON, "1990-05-17", base, true),
                arguments("person.birthDate", Operator.BEFORE_OR_ON, "1990-05-16", base, false),
                arguments("person.birthDate", Operator.AFTER_OR_ON, "1990-05-17", base, true),
                arguments("person.birthDate", Operator.AFTER_OR_ON, "1990-05-18", base, false),
                arguments("person.birthDate", Operator.BEFORE, "1990-10-01", base, true),
                arguments("person.gender", Operator.IS, "female", base, true),
                arguments("person.gender", Operator.IS_NOT, "FEMALE", base, false),
                arguments("person.tags", Operator.CONTAINS, "vi", base, true),
                arguments("person.tags", Operator.DOES_NOT_CONTAIN, "vip", base, false),
                arguments("person.tags", Operator.DOES_NOT_CONTAIN, "gold", base, true),
                arguments("person.integrations", Operator.IS, "salesforce", base, true),
                arguments("person.integrations", Operator.STARTS_WITH, "hub", base, false),
                // missing attributes: positive operators fail, negative ones hold
                arguments("person.middleName", Operator.IS, "x", base, false),
                arguments("person.middleName", Operator.IS_NOT, "x", base, true),
                arguments("person.city", Operator.IS_NOT, "Madrid", visitor, true),
                arguments("person.birthDate", Operator.BEFORE, "2100-01-01", visitor, false),
                // person custom (TEXT, BOOLEAN, DATE, NUMBER)
                arguments("person.custom.language", Operator.IS, "SPANISH", base, true),
                arguments("person.custom.language", Operator.DOES_NOT_CONTAIN, "span", base, false),
                arguments("person.custom.premium", Operator.IS, "true", base, true),
                arguments("person.custom.premium", Operator.IS_NOT, "true", base, false),
                arguments("person.custom.since", Operator.AFTER, "2020-02-28", base, true),
                arguments("person.custom.since", Operator.IS, "2020-02-29", base, true),
                arguments(
                        "person.custom.since",
                        Operator.BEFORE,
                        "2020-03-01",
                        new TestFacts()
                                .with(f -> f.person = TestFacts.person(Map.of("since", "not a date")))
                                .build(),
                        false),
                arguments("person.custom.orders", Operator.IS, "12.0", base, true),
                arguments("person.custom.orders", Operator.IS_NOT, "12", base, false),
                arguments("person.custom.spend", Operator.IS, "99.5", base, true),
                // company standard and custom
                arguments("company.name", Operator.IS, "ACME", base, true),
                arguments("company.segment", Operator.CONTAINS, "prise", base, true),
                arguments("company.domains", Operator.CONTAINS, "acme", base, true),
                arguments("company.domains", Operator.DOES_NOT_CONTAIN, "acme", base, false),
                arguments("company.tags", Operator.IS, "partner", base, true),
                arguments("company.tags", Operator.IS_NOT, "partner", base, false),
                arguments("company.vatNumber", Operator.STARTS_WITH, "es", base, true),
                arguments("company.name", Operator.IS_NOT, "Acme", new TestFacts().build(), true),
                arguments("company.custom.tier", Operator.IS, "gold", base, true),
                arguments("company.custom.renewal", Operator.BEFORE_OR_ON, "2027-01-31", base, true),
                arguments("company.custom.renewal", Operator.AFTER, "2027-01-31", base, false),
                // Apple Messages for Business: only on that channel
                arguments("apple.deviceAgent", Operator.STARTS_WITH, "iphone", apple, true),
                arguments("apple.group", Operator.IS, "support", apple, true),
                arguments("apple.intent", Operator.CONTAINS, "fun", apple, true),
                arguments("apple.locale", Operator.IS_NOT, "es_es", apple, false),
                arguments("apple.intent", Operator.IS, "refund", base, false),
                // email: only on the email channel
                arguments("email.cc", Operator.CONTAINS, "acme.com", email, true),
                arguments("email.cc", Operator.DOES_NOT_CONTAIN, "boss@", email, false),
                arguments("email.bcc", Operator.CONTAINS, "AUDIT", email, true),
                arguments("email.to", Operator.IN_LIST, "55", email, true),
                arguments("email.to", Operator.NOT_IN_LIST, "55", email, false),
                arguments("email.from", Operator.IS, "ana@example.com", email, true),
                arguments("email.routedTo", Operator.IS, "55", email, true),
                arguments("email.routedTo", Operator.IS_NOT, "56", email, true),
                arguments("email.subject", Operator.CONTAINS, "#42", email, true),
                arguments("email.subject", Operator.DOES_NOT_CONTAIN, "overdue", email, false),
                arguments("email.subject", Operator.STARTS_WITH, "invoice", email, true),
                arguments("email.subject", Operator.IS, "x", base, false),
                arguments("email.from", Operator.IS_NOT, "ana@example.com", base, true),
                // custom attributes passed with the message
                arguments("custom.ivrChoice", Operator.IS, "card blocked", base, true),
                arguments("custom.ivrChoice", Operator.CONTAINS, "BLOCK", base, true),
                arguments("custom.ivrChoice", Operator.DOES_NOT_CONTAIN, "card", base, false),
                arguments("custom.other", Operator.IS_NOT, "x", base, true),
                // sender queues
                arguments("senderQueues", Operator.IN_LIST, "7", base, true),
                arguments("senderQueues", Operator.IN_LIST, "9", base, false),
                arguments("senderQueues", Operator.NOT_IN_LIST, "9", base, true));
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {4}")
    @MethodSource
    void operatorsAgainstKinds(String attribute, Operator operator, String value, Facts facts, boolean expected) {
        assertThat(holds(c(attribute, operator, value), facts)).isEqualTo(expected);
    }

    @Test
    void everyNegativeOperatorIsTheNegationOfItsPositiveOneForAnyValue() {
        java.util.Random random = new java.util.Random(42);
        String[] words = {"", "a", "A", "ab", "Ba", "spain", "SPAIN", "ñ", "straße", " x"};
        for (int run = 0; run < 2_000; run++) {
            String fact = words[random.nextInt(words.length)] + words[random.nextInt(words.length)];
            String value = words[1 + random.nextInt(words.length - 1)] + words[random.nextInt(words.length)];
            if (value.isBlank()) {
                continue;
            }
            Map<String, String> custom = random.nextInt(5) == 0 ? Map.of() : Map.of("language", fact);
            Facts facts = new TestFacts()
                    .with(f -> f.person = TestFacts.person(custom))
                    .build();
            for (Operator negative : List.of(Operator.IS_NOT, Operator.DOES_NOT_CONTAIN)) {
                boolean positive = holds(c("person.custom.language", negative.positive(), value), facts);
                assertThat(holds(c("person.custom.language", negative, value), facts))
                        .as("%s %s '%s'", fact, negative, value)
                        .isEqualTo(!positive);
            }
            boolean containsExpected = !custom.isEmpty()
                    && fact.toLowerCase(java.util.Locale.ROOT).contains(value.toLowerCase(java.util.Locale.ROOT));
            assertThat(holds(c("person.custom.language", Operator.CONTAINS, value), facts))
                    .as("'%s' contains '%s'", fact, value)
                    .isEqualTo(containsExpected);
        }
    }
}
