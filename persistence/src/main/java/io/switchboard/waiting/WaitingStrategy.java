package io.switchboard.waiting;

import io.switchboard.channels.Sender;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The waiting strategy of a messaging sender: what an unassigned customer is sent while waiting in the queue.
 * Invariants (checked before every change): one strategy per sender (also a unique key); at least one of the three
 * messages enabled; an enabled message has its text; the interval, count and maximum wait lie within one hour.
 * Times are in strategy minutes (one minute, or shorter on a test server).
 */
@Entity
@Table(name = "waiting_strategy")
@NamedQuery(name = WaitingStrategy.ALL, query = "select w from WaitingStrategy w order by w.name, w.id")
@NamedQuery(name = WaitingStrategy.BY_SENDER, query = "select w from WaitingStrategy w where w.sender.id = :senderId")
public class WaitingStrategy {

    public static final String ALL = "WaitingStrategy.all";
    public static final String BY_SENDER = "WaitingStrategy.bySender";

    @Id
    @SequenceGenerator(name = "waiting_strategy_seq", sequenceName = "waiting_strategy_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waiting_strategy_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "sender_id", nullable = false, updatable = false)
    private Sender sender;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "welcome_enabled", nullable = false)
    private boolean welcomeEnabled;

    @Column(name = "welcome_text", length = 2000)
    private String welcomeText;

    @Column(name = "announcement_enabled", nullable = false)
    private boolean announcementEnabled;

    @Column(name = "announcement_text", length = 2000)
    private String announcementText;

    @Column(name = "announcement_every")
    private Integer announcementEvery;

    @Column(name = "announcement_max_count")
    private Integer announcementMaxCount;

    @Column(name = "max_wait_enabled", nullable = false)
    private boolean maxWaitEnabled;

    @Column(name = "max_wait_text", length = 2000)
    private String maxWaitText;

    @Column(name = "max_wait")
    private Integer maxWait;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected WaitingStrategy() {}

    /** The three messages' settings as one value: an enabled message has its text, its interval and counts. */
    public record Messages(
            boolean welcomeEnabled,
            String welcomeText,
            boolean announcementEnabled,
            String announcementText,
            Integer announcementEvery,
            Integer announcementMaxCount,
            boolean maxWaitEnabled,
            String maxWaitText,
            Integer maxWait) {}

    public WaitingStrategy(Sender sender, String name, Messages messages, Instant at) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.createdAt = at;
        change(name, messages, at);
    }

    /** Replaces the name and the messages (already checked by the caller's rules). */
    public void change(String newName, Messages messages, Instant at) {
        this.name = Objects.requireNonNull(newName, "name");
        this.welcomeEnabled = messages.welcomeEnabled();
        this.welcomeText = messages.welcomeText();
        this.announcementEnabled = messages.announcementEnabled();
        this.announcementText = messages.announcementText();
        this.announcementEvery = messages.announcementEvery();
        this.announcementMaxCount = messages.announcementMaxCount();
        this.maxWaitEnabled = messages.maxWaitEnabled();
        this.maxWaitText = messages.maxWaitText();
        this.maxWait = messages.maxWait();
        this.updatedAt = at;
    }

    public Messages messages() {
        return new Messages(
                welcomeEnabled,
                welcomeText,
                announcementEnabled,
                announcementText,
                announcementEvery,
                announcementMaxCount,
                maxWaitEnabled,
                maxWaitText,
                maxWait);
    }

    public Long getId() {
        return id;
    }

    public Sender getSender() {
        return sender;
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
