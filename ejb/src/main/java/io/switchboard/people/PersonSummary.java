package io.switchboard.people;

import io.switchboard.attributes.AttributeValue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A customer as admin screens show it: company name, contacts and every attribute that has a value. */
public final class PersonSummary implements Serializable {

    private final long id;
    private final String name;
    private final String city;
    private final String country;
    private final String companyName;
    private final List<String> contacts;
    private final List<AttributeValue> attributes = new ArrayList<>();

    // Reads the lazy company: call it inside the transaction that loaded the person.
    PersonSummary(Person person, List<PersonContact> contacts) {
        PersonDetails d = person.details();
        id = person.getId();
        name = person.displayName();
        city = d.city();
        country = d.country();
        companyName = person.getCompany() == null ? null : person.getCompany().getName();
        this.contacts = contacts.stream().map(c -> c.getChannel() + " " + c.getAddress()).toList();
        // In the guide's order (StandardAttributes.PERSON), then custom attributes by name.
        add("firstName", d.firstName());
        add("lastName", d.lastName());
        add("middleName", d.middleName());
        add("nickName", d.nickName());
        add("address", d.address());
        add("city", d.city());
        add("country", d.country());
        add("birthDate", d.birthDate());
        add("gender", d.gender());
        add("externalPersonId", d.externalPersonId());
        add("preferredService", d.preferredService());
        add("type", d.type());
        add("tags", joined(d.tags()));
        add("integrations", joined(d.integrations()));
        add("modifiedFrom", d.modifiedFrom());
        new TreeMap<>(d.customAttributes()).forEach(this::add);
    }

    private void add(String attribute, Object value) {
        if (value != null) {
            attributes.add(new AttributeValue(attribute, Objects.toString(value)));
        }
    }

    private static String joined(Set<String> values) {
        return values.isEmpty() ? null : values.stream().sorted().collect(Collectors.joining(", "));
    }

    public long getId() {
        return id;
    }

    /** First and last name as far as known; null when the customer gave none. */
    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
    }

    public String getCompanyName() {
        return companyName;
    }

    /** Each contact as channel and address, e.g. "SMS +385...". */
    public List<String> getContacts() {
        return contacts;
    }

    /** The attributes that have a value: standard ones in the guide's order (tags among them), then custom ones. */
    public List<AttributeValue> getAttributes() {
        return attributes;
    }
}
