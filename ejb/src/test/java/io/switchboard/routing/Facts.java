package io.switchboard.routing;

import io.switchboard.channels.Channel;
import io.switchboard.companies.CompanyDetails;
import io.switchboard.people.Gender;
import io.switchboard.people.PersonDetails;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds routing facts for tests, one field at a time. */
final class Facts {

    Channel channel = Channel.WHATSAPP;
    String content = "Hello";
    String from = "+385911234567";
    Long senderId = 123L;
    boolean visitor;
    String subject;
    List<String> cc = List.of();
    List<String> bcc = List.of();
    Map<String, String> channelAttributes = Map.of();
    Map<String, String> customAttributes = Map.of();
    Set<String> tags = Set.of();
    Set<Long> senderQueues = Set.of();
    PersonDetails person = person(Map.of());
    CompanyDetails company;

    static PersonDetails person(Map<String, String> custom) {
        return new PersonDetails("Ana", "García", null, null, "Calle Mayor 1", "Madrid", "Spain",
                LocalDate.of(1990, 5, 17), Gender.FEMALE, "EXT-1", "gold", "customer", Set.of("VIP"),
                Set.of("Salesforce"), "crm", custom);
    }

    static CompanyDetails company(Map<String, String> custom) {
        return new CompanyDetails("Acme", "Maria", "Spain", "Onboarding", Set.of("acme.com"), "C-1", "Retail",
                "Key account", "Enterprise", Set.of("Partner"), "ES123", "EMEA", custom);
    }

    Facts with(java.util.function.Consumer<Facts> change) {
        change.accept(this);
        return this;
    }

    RoutingFacts build() {
        return new RoutingFacts(channel, content, from, senderId, visitor, subject, cc, bcc, channelAttributes,
                customAttributes, tags, senderQueues, person, company);
    }
}
