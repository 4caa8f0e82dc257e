package io.switchboard.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A customer. Reached through {@link PersonContact}s; the standard and custom attributes follow with the core issue. */
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

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Person() {
    }

    public Person(String firstName, String lastName, Instant createdAt) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
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

    public Long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }
}
