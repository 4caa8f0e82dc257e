package io.switchboard.companies;

import io.switchboard.attributes.AttributeValue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A company as admin screens show it, with every attribute that has a value (a class: EL 5 cannot read records). */
public final class CompanySummary implements Serializable {

    private final long id;
    private final String name;
    private final String segment;
    private final String country;
    private final String domains;
    private final List<AttributeValue> attributes = new ArrayList<>();

    CompanySummary(Company company) {
        CompanyDetails d = company.details();
        id = company.getId();
        name = d.name();
        segment = d.segment();
        country = d.country();
        domains = joined(d.domains());
        // In the guide's order (StandardAttributes.COMPANY), then custom attributes by name.
        add("name", d.name());
        add("accountManager", d.accountManager());
        add("country", d.country());
        add("customerStage", d.customerStage());
        add("domains", domains);
        add("externalId", d.externalId());
        add("industry", d.industry());
        add("notes", d.notes());
        add("segment", d.segment());
        add("tags", joined(d.tags()));
        add("vatNumber", d.vatNumber());
        add("region", d.region());
        new TreeMap<>(d.customAttributes()).forEach(this::add);
    }

    private void add(String attribute, String value) {
        if (value != null) {
            attributes.add(new AttributeValue(attribute, value));
        }
    }

    private static String joined(Set<String> values) {
        return values.isEmpty() ? null : values.stream().sorted().collect(Collectors.joining(", "));
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSegment() {
        return segment;
    }

    public String getCountry() {
        return country;
    }

    /** The company's email domains, sorted and comma-separated. */
    public String getDomains() {
        return domains;
    }

    /** The attributes that have a value: standard ones in the guide's order, then custom ones by name. */
    public List<AttributeValue> getAttributes() {
        return attributes;
    }
}
