package io.switchboard.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.switchboard.attributes.AttributeType;
import io.switchboard.conditions.json.ConditionGroupConverter;
import io.switchboard.platform.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConditionsTest {

    private static final AttributeCatalogue CATALOGUE = new AttributeCatalogue(
            Map.of(
                    "language",
                    AttributeType.TEXT,
                    "since",
                    AttributeType.DATE,
                    "orders",
                    AttributeType.WHOLE_NUMBER,
                    "premium",
                    AttributeType.BOOLEAN),
            Map.of("tier", AttributeType.TEXT));
    private static final Vocabulary VOCABULARY = new Vocabulary(Set.of(123L), Set.of(7L), Set.of("Billing"));

    private static Condition c(String attribute, String operator, String value) {
        return new Condition(attribute, operator, value);
    }

    private static InvalidInputException refusal(ConditionGroup tree) {
        return catchThrowableOfType(
                InvalidInputException.class, () -> Conditions.check(tree, "conditions", CATALOGUE, VOCABULARY));
    }

    static Stream<Arguments> faultyConditionsAreNamedByTheirPath() {
        return Stream.of(
                arguments(
                        c("person.shoeSize", "IS", "42"),
                        "value-less",
                        "conditions.groups[0].conditions[1].attribute",
                        "unknown attribute 'person.shoeSize'"),
                arguments(
                        c("person.custom.unknown", "IS", "x"),
                        "",
                        "conditions.groups[0].conditions[1].attribute",
                        "unknown attribute"),
                arguments(c(null, "IS", "x"), "", "conditions.groups[0].conditions[1].attribute", "is required"),
                arguments(
                        c("person.city", "BEFORE", "x"),
                        "",
                        "conditions.groups[0].conditions[1].operator",
                        "'before' is not allowed for person.city; allowed: IS, IS_NOT, CONTAINS, STARTS_WITH"),
                arguments(
                        c("person.city", "LIKE", "x"),
                        "",
                        "conditions.groups[0].conditions[1].operator",
                        "must be one of"),
                arguments(
                        c("person.city", null, "x"), "", "conditions.groups[0].conditions[1].operator", "is required"),
                arguments(
                        c("conversation.tags", "IS", "Billing"),
                        "",
                        "conditions.groups[0].conditions[1].operator",
                        "not allowed"),
                arguments(
                        c("person.birthDate", "BEFORE", "2026-02-30"),
                        "",
                        "conditions.groups[0].conditions[1].value",
                        "must be a date such as 2026-11-24"),
                arguments(
                        c("person.custom.since", "AFTER", "yesterday"),
                        "",
                        "conditions.groups[0].conditions[1].value",
                        "must be a date"),
                arguments(
                        c("conversation.channel", "IS", "PIGEON"),
                        "",
                        "conditions.groups[0].conditions[1].value",
                        "unknown channel 'PIGEON'"),
                arguments(
                        c("person.gender", "IS", "other"),
                        "",
                        "conditions.groups[0].conditions[1].value",
                        "must be one of MALE|FEMALE"),
                arguments(
                        c("conversation.isVisitor", "IS", "yes"),
                        "",
                        "conditions.groups[0].conditions[1].value",
                        "must be true or false"),
                arguments(
                        c("person.custom.orders", "IS", "a dozen"),
                        "",
                        "conditions.groups[0].conditions[1].value",
                        "must be a number"),
                arguments(
                        c("conversation.to", "IS", "999"),
                        "",
                        "conditions.groups[0].conditions[1].value",
                        "sender 999 does not exist"),
                arguments(
                        c("conversation.to", "IS", "Main line"),
                        "",
                        "conditions.groups[0].conditions[1].value",
                        "must be an id"),
                arguments(
                        c("senderQueues", "IN_LIST", "8"),
                        "",
                        "conditions.groups[0].conditions[1].value",
                        "queue 8 does not exist"),
                arguments(
                        c("conversation.tags", "IN_LIST", "Sales"),
                        "",
                        "conditions.groups[0].conditions[1].value",
                        "no tag is named 'Sales'"),
                arguments(c("person.city", "IS", " "), "", "conditions.groups[0].conditions[1].value", "is required"),
                arguments(
                        c("person.city", "IS", "x".repeat(1001)),
                        "",
                        "conditions.groups[0].conditions[1].value",
                        "at most 1000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void faultyConditionsAreNamedByTheirPath(Condition faulty, String ignored, String field, String reason) {
        ConditionGroup tree = ConditionGroup.all(c("person.city", "IS", "Madrid"))
                .withGroups(ConditionGroup.any(c("person.country", "IS", "Spain"), faulty));
        InvalidInputException refused = refusal(tree);
        assertThat(refused).isNotNull();
        assertThat(refused.getField()).isEqualTo(field);
        assertThat(refused.getReason()).contains(reason);
    }

    @Test
    void groupsNeedAJoinAndMembers() {
        assertThat(refusal(null).getField()).isEqualTo("conditions");
        assertThat(refusal(new ConditionGroup(null, List.of(c("person.city", "IS", "x")), List.of()))
                        .getField())
                .isEqualTo("conditions.join");
        assertThat(refusal(new ConditionGroup("XOR", List.of(c("person.city", "IS", "x")), List.of()))
                        .getReason())
                .isEqualTo("must be AND or OR");
        InvalidInputException empty = refusal(ConditionGroup.all(c("person.city", "IS", "x"))
                .withGroups(new ConditionGroup("OR", List.of(), List.of())));
        assertThat(empty.getField()).isEqualTo("conditions.groups[0]");
        assertThat(empty.getReason()).isEqualTo("needs at least one condition or group");
    }

    @Test
    void nestingAndSizeAreBounded() {
        ConditionGroup deep = ConditionGroup.all(c("person.city", "IS", "x"));
        for (int i = 0; i <= Conditions.MAX_DEPTH; i++) {
            deep = ConditionGroup.all(c("person.city", "IS", "x")).withGroups(deep);
        }
        assertThat(refusal(deep).getReason()).contains("deeper than");
        Condition[] many = new Condition[Conditions.MAX_CONDITIONS + 1];
        Arrays.fill(many, c("person.city", "IS", "x"));
        assertThat(refusal(ConditionGroup.all(many)).getReason()).contains("at most " + Conditions.MAX_CONDITIONS);
    }

    @Test
    void aWellFormedTreePassesAndSurvivesStorage() {
        ConditionGroup tree = ConditionGroup.all(
                        c("conversation.to", "IS", "123"), c("person.custom.premium", "IS", "true"))
                .withGroups(ConditionGroup.any(
                        c("conversation.tags", "IN_LIST", "billing"),
                        c("senderQueues", "NOT_IN_LIST", "7"),
                        c("custom.ivrChoice", "CONTAINS", "card \"blocked\"")));
        assertThatCode(() -> Conditions.check(tree, "conditions", CATALOGUE, VOCABULARY))
                .doesNotThrowAnyException();
        ConditionGroupConverter stored = new ConditionGroupConverter();
        assertThat(stored.convertToEntityAttribute(stored.convertToDatabaseColumn(tree)))
                .isEqualTo(tree);
    }

    @Test
    void everyAttributeOfTheGuidesTableIsOffered() {
        Map<String, Attribute> offered = CATALOGUE.all().stream().collect(Collectors.toMap(Attribute::key, a -> a));
        assertThat(offered.keySet())
                .contains(
                        "conversation.channel",
                        "conversation.content",
                        "conversation.tags",
                        "conversation.from",
                        "conversation.isVisitor",
                        "conversation.to",
                        "person.address",
                        "person.birthDate",
                        "person.city",
                        "person.country",
                        "person.tags",
                        "person.externalPersonId",
                        "person.firstName",
                        "person.gender",
                        "person.integrations",
                        "person.lastName",
                        "person.middleName",
                        "person.modifiedFrom",
                        "person.nickName",
                        "person.preferredService",
                        "person.type",
                        "person.custom.language",
                        "company.accountManager",
                        "company.country",
                        "company.customerStage",
                        "company.domains",
                        "company.externalId",
                        "company.industry",
                        "company.name",
                        "company.notes",
                        "company.segment",
                        "company.tags",
                        "company.vatNumber",
                        "company.custom.tier",
                        "apple.deviceAgent",
                        "apple.group",
                        "apple.intent",
                        "apple.locale",
                        "email.cc",
                        "email.bcc",
                        "email.to",
                        "email.from",
                        "email.routedTo",
                        "email.subject",
                        "senderQueues");
        assertThat(offered.get("person.birthDate").orderedOperators())
                .containsExactly(
                        Operator.IS,
                        Operator.IS_NOT,
                        Operator.BEFORE,
                        Operator.AFTER,
                        Operator.BEFORE_OR_ON,
                        Operator.AFTER_OR_ON);
        assertThat(offered.get("email.subject").operators())
                .containsExactlyInAnyOrder(
                        Operator.IS,
                        Operator.IS_NOT,
                        Operator.CONTAINS,
                        Operator.DOES_NOT_CONTAIN,
                        Operator.STARTS_WITH);
        assertThat(offered.get("email.to").operators())
                .containsExactlyInAnyOrder(Operator.IN_LIST, Operator.NOT_IN_LIST);
        assertThat(offered.get("person.tags").operators())
                .containsExactlyInAnyOrder(Operator.CONTAINS, Operator.DOES_NOT_CONTAIN);
        assertThat(offered.get("conversation.channel").kind()).isEqualTo(ValueKind.CHANNEL);
        assertThat(offered.get("person.custom.since").kind()).isEqualTo(ValueKind.DATE);
        assertThat(CATALOGUE.find("custom.ivrChoice")).isPresent();
        assertThat(CATALOGUE.find("custom.")).isEmpty();
    }

    @Test
    void namesStayInStepWithTheEnums() {
        assertThat(Operator.NAMES.split("\\|"))
                .containsExactly(
                        Arrays.stream(Operator.values()).map(Enum::name).toArray(String[]::new));
    }
}
