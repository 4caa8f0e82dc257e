package io.switchboard.api.people;

import io.switchboard.attributes.AttributeOwner;
import io.switchboard.attributes.Masking;
import io.switchboard.channels.Channel;
import io.switchboard.people.Person;
import io.switchboard.people.PersonContact;
import io.switchboard.people.PersonDetails;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A customer as the API shows it to this caller: sensitive values masked for agents. */
public record PersonView(
        long id,
        String firstName,
        String lastName,
        String middleName,
        String nickName,
        String address,
        String city,
        String country,
        String birthDate,
        String gender,
        String externalPersonId,
        String preferredService,
        String type,
        List<String> tags,
        List<String> integrations,
        String modifiedFrom,
        Map<String, String> customAttributes,
        Long companyId,
        List<Contact> contacts,
        Instant createdAt,
        Instant updatedAt) {

    /** A way to reach the customer. */
    public record Contact(Channel channel, String address) {}

    static PersonView of(Person person, List<PersonContact> contacts, Masking masking) {
        PersonDetails d = person.details();
        Map<String, String> custom = new TreeMap<>();
        d.customAttributes()
                .forEach((name, value) -> custom.put(name, masking.show(AttributeOwner.PERSON, name, value)));
        return new PersonView(
                person.getId(),
                show(masking, "firstName", d.firstName()),
                show(masking, "lastName", d.lastName()),
                show(masking, "middleName", d.middleName()),
                show(masking, "nickName", d.nickName()),
                show(masking, "address", d.address()),
                show(masking, "city", d.city()),
                show(masking, "country", d.country()),
                show(
                        masking,
                        "birthDate",
                        d.birthDate() == null ? null : d.birthDate().toString()),
                show(masking, "gender", d.gender() == null ? null : d.gender().name()),
                show(masking, "externalPersonId", d.externalPersonId()),
                show(masking, "preferredService", d.preferredService()),
                show(masking, "type", d.type()),
                list(masking, "tags", d.tags()),
                list(masking, "integrations", d.integrations()),
                show(masking, "modifiedFrom", d.modifiedFrom()),
                custom,
                person.getCompany() == null ? null : person.getCompany().getId(),
                contacts.stream()
                        .map(c -> new Contact(c.getChannel(), c.getAddress()))
                        .toList(),
                person.getCreatedAt(),
                person.getUpdatedAt());
    }

    private static String show(Masking masking, String attribute, String value) {
        return masking.show(AttributeOwner.PERSON, attribute, value);
    }

    private static List<String> list(Masking masking, String attribute, Collection<String> values) {
        return values.stream().sorted().map(v -> show(masking, attribute, v)).toList();
    }
}
