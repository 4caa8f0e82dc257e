package io.switchboard.channels;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** An address the business talks from on a channel: a number, an email address, a chat widget id. Unique per channel. */
@Entity
@Table(name = "sender")
@NamedQuery(name = Sender.ALL, query = "select s from Sender s order by s.channel, s.address")
// Every sender's key, for SenderService's lookup by address (kept per configuration revision).
@NamedQuery(name = Sender.ADDRESSES, query = "select s.id, s.channel, s.address from Sender s")
public class Sender {

    public static final String ALL = "Sender.all";
    public static final String ADDRESSES = "Sender.addresses";

    @Id
    @SequenceGenerator(name = "sender_seq", sequenceName = "sender_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sender_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(nullable = false)
    private String address;

    private String name;

    /** An Email sender nobody answers to: the From of a workflow's emails (guide: "set as a no-reply address"). */
    @Column(name = "no_reply", nullable = false)
    private boolean noReply;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Sender() {}

    public Sender(Channel channel, String address, String name, Instant createdAt) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.address = Objects.requireNonNull(address, "address");
        this.name = name;
        this.createdAt = createdAt;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void markNoReply(boolean value) {
        this.noReply = value;
    }

    public boolean isNoReply() {
        return noReply;
    }

    /** Moves the sender to a new address on the same channel; its conversations stay with it. */
    public void readdress(String newAddress) {
        this.address = Objects.requireNonNull(newAddress, "address");
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getAddress() {
        return address;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
