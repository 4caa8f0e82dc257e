package io.switchboard.people;

import io.switchboard.channels.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** A customer's address on a channel (phone number, email address, chat id); unique per channel. */
@Entity
@Table(name = "person_contact")
@NamedQuery(
        name = PersonContact.BY_ADDRESS,
        query = "select c from PersonContact c join fetch c.person where c.channel = :channel and c.address = :address")
public class PersonContact {

    public static final String BY_ADDRESS = "PersonContact.byAddress";

    @Id
    @SequenceGenerator(name = "person_contact_seq", sequenceName = "person_contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_contact_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(nullable = false, updatable = false)
    private String address;

    protected PersonContact() {}

    public PersonContact(Person person, Channel channel, String address) {
        this.person = Objects.requireNonNull(person, "person");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.address = Objects.requireNonNull(address, "address");
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getAddress() {
        return address;
    }
}
