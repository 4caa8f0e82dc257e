package io.switchboard.conditions;

import io.switchboard.channels.Channel;
import io.switchboard.companies.CompanyDetails;
import io.switchboard.people.Gender;
import io.switchboard.people.PersonDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds condition facts for tests, one field at a time. */
public final class TestFacts {

    public Channel channel = Channel.WHATSAPP;
    public String content = "Hello";
    public String from = "+385911234567";
    public Long senderId = 123L;
    public boolean visitor;
    public String subject;
    public List<String> cc = List.of();
    public List<String> bcc = List.of();
    public Map<String, String> channelAttributes = Map.of();
    public Map<String, String> customAttributes = Map.of();
    public Set<String> tags = Set.of();
    public Set<Long> senderQueues = Set.of();
    public PersonDetails person = person(Map.of());
    public CompanyDetails company;

    public static PersonDetails person(Map<String, String> custom) {
        return new PersonDetails(
                "Ana",
                "García",
                null,
                null,
                "Calle Mayor 1",
                "Madrid",
                "Spain",
                LocalDate.of(1990, 5, 17),
                Gender.FEMALE,
                "EXT-1",
                "gold",
                "customer",
                Set.of("VIP"),
                Set.of("Salesforce"),
                "crm",
                custom);
    }

    public static CompanyDetails company(Map<String, String> custom) {
        return new CompanyDetails(
                "Acme",
                "Maria",
                "Spain",
                "Onboarding",
                Set.of("acme.com"),
                "C-1",
                "Retail",
                "Key account",
                "Enterprise",
                Set.of("Partner"),
                "ES123",
                "EMEA",
                custom);
    }

    public TestFacts with(java.util.function.Consumer<TestFacts> change) {
        change.accept(this);
        return this;
    }

    public Facts build() {
        return new Facts(
                channel,
                content,
                from,
                senderId,
                visitor,
                subject,
                cc,
                bcc,
                channelAttributes,
                customAttributes,
                tags,
                senderQueues,
                person,
                company);
    }
}
