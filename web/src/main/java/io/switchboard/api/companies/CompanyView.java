package io.switchboard.api.companies;

import io.switchboard.attributes.AttributeOwner;
import io.switchboard.attributes.Masking;
import io.switchboard.companies.Company;
import io.switchboard.companies.CompanyDetails;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A company as the API shows it to this caller: sensitive values masked for agents. */
public record CompanyView(
        long id,
        String name,
        String accountManager,
        String country,
        String customerStage,
        List<String> domains,
        String externalId,
        String industry,
        String notes,
        String segment,
        List<String> tags,
        String vatNumber,
        String region,
        Map<String, String> customAttributes,
        Instant createdAt,
        Instant updatedAt) {

    static CompanyView of(Company company, Masking masking) {
        CompanyDetails d = company.details();
        Map<String, String> custom = new TreeMap<>();
        d.customAttributes()
                .forEach((name, value) -> custom.put(name, masking.show(AttributeOwner.COMPANY, name, value)));
        return new CompanyView(
                company.getId(),
                show(masking, "name", d.name()),
                show(masking, "accountManager", d.accountManager()),
                show(masking, "country", d.country()),
                show(masking, "customerStage", d.customerStage()),
                list(masking, "domains", d.domains()),
                show(masking, "externalId", d.externalId()),
                show(masking, "industry", d.industry()),
                show(masking, "notes", d.notes()),
                show(masking, "segment", d.segment()),
                list(masking, "tags", d.tags()),
                show(masking, "vatNumber", d.vatNumber()),
                show(masking, "region", d.region()),
                custom,
                company.getCreatedAt(),
                company.getUpdatedAt());
    }

    private static String show(Masking masking, String attribute, String value) {
        return masking.show(AttributeOwner.COMPANY, attribute, value);
    }

    private static List<String> list(Masking masking, String attribute, Collection<String> values) {
        return values.stream().sorted().map(v -> show(masking, attribute, v)).toList();
    }
}
