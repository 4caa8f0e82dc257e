package io.switchboard.people;

import io.switchboard.companies.Company;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A customer: the standard attributes of the guide, typed custom attributes (checked against their definitions by
 * the service), and contacts per channel ({@link PersonContact}). A person may belong to a company.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    private Long id;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "middle_name")
    private String middleName;

    @Column(name = "nick_name")
    private String nickName;

    private String address;

    private String city;

    private String country;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Column(name = "external_person_id", unique = true)
    private String externalPersonId;

    @Column(name = "preferred_service")
    private String preferredService;

    @Column(name = "person_type")
    private String type;

    @Column(name = "modified_from")
    private String modifiedFrom;

    @ElementCollection
    @CollectionTable(name = "person_tag", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "tag")
    private Set<String> tags = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "person_integration", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "integration")
    private Set<String> integrations = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "person_attribute", joinColumns = @JoinColumn(name = "person_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "attribute_value")
    private Map<String, String> customAttributes = new HashMap<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Person() {}

    public Person(String firstName, String lastName, Instant createdAt) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.createdAt = createdAt;
        this.updatedAt = this.createdAt;
    }

    /** Fills in names the customer's channel told us, keeping what is already known. */
    public void learnNames(String newFirstName, String newLastName) {
        if (firstName == null) {
            firstName = newFirstName;
        }
        if (lastName == null) {
            lastName = newLastName;
        }
    }

    /** Replaces every standard attribute and custom value with the given ones. */
    public void describe(PersonDetails details, Instant at) {
        firstName = details.firstName();
        lastName = details.lastName();
        middleName = details.middleName();
        nickName = details.nickName();
        address = details.address();
        city = details.city();
        country = details.country();
        birthDate = details.birthDate();
        gender = details.gender();
        externalPersonId = details.externalPersonId();
        preferredService = details.preferredService();
        type = details.type();
        modifiedFrom = details.modifiedFrom();
        replace(tags, details.tags());
        replace(integrations, details.integrations());
        customAttributes.clear();
        if (details.customAttributes() != null) {
            customAttributes.putAll(details.customAttributes());
        }
        updatedAt = at;
    }

    private static void replace(Set<String> target, Set<String> values) {
        target.clear();
        if (values != null) {
            target.addAll(values);
        }
    }

    /** Joins a company, or leaves it with {@code null}. */
    public void joinCompany(Company newCompany) {
        company = newCompany;
    }

    /** The name agents see: first and last name, or null when neither is known. */
    public String displayName() {
        String joined = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return joined.isEmpty() ? null : joined;
    }

    public PersonDetails details() {
        return new PersonDetails(
                firstName,
                lastName,
                middleName,
                nickName,
                address,
                city,
                country,
                birthDate,
                gender,
                externalPersonId,
                preferredService,
                type,
                Set.copyOf(tags),
                Set.copyOf(integrations),
                modifiedFrom,
                Map.copyOf(customAttributes));
    }

    public Long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public Company getCompany() {
        return company;
    }

    public Map<String, String> getCustomAttributes() {
        return Collections.unmodifiableMap(customAttributes);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt == null ? getCreatedAt() : updatedAt;
    }
}
