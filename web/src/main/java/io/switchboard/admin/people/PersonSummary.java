package io.switchboard.admin.people;

import io.switchboard.channels.Channel;
import io.switchboard.people.Person;
import io.switchboard.people.PersonContact;
import io.switchboard.people.PersonDetails;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A customer as admin screens list it: company name, contacts and every attribute that has a value, as plain values
 * (dates, enums, sets as sorted lists); the screens format them. A class: EL 5 cannot read records.
 */
public final class PersonSummary implements Serializable {

    /** A way to reach the customer. */
    public static final class Contact implements Serializable {
        private final Channel channel;
        private final String address;

        Contact(PersonContact contact) {
            channel = contact.getChannel();
            address = contact.getAddress();
        }

        public Channel getChannel() {
            return channel;
        }

        public String getAddress() {
            return address;
        }
    }

    private final long id;
    private final String name;
    private final String city;
    private final String country;
    private final String companyName;
    private final List<Contact> contacts;
    private final LinkedHashMap<String, Object> attributes = new LinkedHashMap<>();

    // Reads the lazy company: call it inside the transaction that loaded the person.
    public PersonSummary(Person person, List<PersonContact> contacts) {
        PersonDetails d = person.details();
        id = person.getId();
        name = person.displayName();
        city = d.city();
        country = d.country();
        companyName = person.getCompany() == null ? null : person.getCompany().getName();
        this.contacts = new ArrayList<>(contacts.stream().map(Contact::new).toList());
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
        add("tags", sorted(d.tags()));
        add("integrations", sorted(d.integrations()));
        add("modifiedFrom", d.modifiedFrom());
        new TreeMap<>(d.customAttributes()).forEach(this::add);
    }

    private void add(String attribute, Object value) {
        if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
            attributes.put(attribute, value);
        }
    }

    private static List<String> sorted(Set<String> values) {
        return new ArrayList<>(values.stream().sorted().toList());
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

    /** The customer's contacts, by channel and address. */
    public List<Contact> getContacts() {
        return contacts;
    }

    /** The attributes that have a value: standard ones in the guide's order (tags among them), then custom ones. */
    public Map<String, Object> getAttributes() {
        return attributes;
    }
}
