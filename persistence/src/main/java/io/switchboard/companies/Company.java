package io.switchboard.companies;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A company customers belong to, with the guide's standard attributes and typed custom ones. */
@Entity
@Table(name = "company")
public class Company {

    @Id
    @SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "account_manager")
    private String accountManager;

    private String country;

    @Column(name = "customer_stage")
    private String customerStage;

    @Column(name = "external_id", unique = true)
    private String externalId;

    private String industry;

    private String notes;

    private String segment;

    @Column(name = "vat_number")
    private String vatNumber;

    private String region;

    @ElementCollection
    @CollectionTable(name = "company_domain", joinColumns = @JoinColumn(name = "company_id"))
    @Column(name = "domain")
    private Set<String> domains = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "company_tag", joinColumns = @JoinColumn(name = "company_id"))
    @Column(name = "tag")
    private Set<String> tags = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "company_attribute", joinColumns = @JoinColumn(name = "company_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "attribute_value")
    private Map<String, String> customAttributes = new HashMap<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Company() {}

    public Company(CompanyDetails details, Instant createdAt) {
        this.createdAt = createdAt;
        describe(details, createdAt);
    }

    /** Replaces every standard attribute and custom value with the given ones. */
    public void describe(CompanyDetails details, Instant at) {
        name = Objects.requireNonNull(details.name(), "name");
        accountManager = details.accountManager();
        country = details.country();
        customerStage = details.customerStage();
        externalId = details.externalId();
        industry = details.industry();
        notes = details.notes();
        segment = details.segment();
        vatNumber = details.vatNumber();
        region = details.region();
        domains.clear();
        if (details.domains() != null) {
            domains.addAll(details.domains());
        }
        tags.clear();
        if (details.tags() != null) {
            tags.addAll(details.tags());
        }
        customAttributes.clear();
        if (details.customAttributes() != null) {
            customAttributes.putAll(details.customAttributes());
        }
        updatedAt = at;
    }

    public CompanyDetails details() {
        return new CompanyDetails(
                name,
                accountManager,
                country,
                customerStage,
                Set.copyOf(domains),
                externalId,
                industry,
                notes,
                segment,
                Set.copyOf(tags),
                vatNumber,
                region,
                Map.copyOf(customAttributes));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
