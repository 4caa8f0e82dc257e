package io.switchboard.admin.companies;

import io.switchboard.companies.Company;
import io.switchboard.companies.CompanyDetails;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A company as admin screens list it, with every attribute that has a value, as plain values (sets as sorted lists);
 * the screens format them. A class: EL 5 cannot read records.
 */
public final class CompanySummary implements Serializable {

    private final long id;
    private final String name;
    private final String segment;
    private final String country;
    private final List<String> domains;
    private final LinkedHashMap<String, Object> attributes = new LinkedHashMap<>();

    public CompanySummary(Company company) {
        CompanyDetails d = company.details();
        id = company.getId();
        name = d.name();
        segment = d.segment();
        country = d.country();
        domains = sorted(d.domains());
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
        add("tags", sorted(d.tags()));
        add("vatNumber", d.vatNumber());
        add("region", d.region());
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

    public String getName() {
        return name;
    }

    public String getSegment() {
        return segment;
    }

    public String getCountry() {
        return country;
    }

    /** The company's email domains, sorted. */
    public List<String> getDomains() {
        return domains;
    }

    /** The attributes that have a value: standard ones in the guide's order, then custom ones by name. */
    public Map<String, Object> getAttributes() {
        return attributes;
    }
}
