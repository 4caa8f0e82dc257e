package io.switchboard.bots;

import io.switchboard.agents.Agent;
import io.switchboard.channels.Sender;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An external bot (the guide's "Connect external bots"): the agent of kind BOT it is (same id, the one bots name in
 * {@code x-agent-id}), its webhook URL, the sender whose inbound messages it answers while active, whether agents who
 * take over see its history, and an optional session timeout. Invariants: the name is unique ignoring case; one bot
 * per sender; the signing secret is shown once when issued, then only its prefix.
 */
@Entity
@Table(name = "bot")
// Each sender's active bot, for BotService (kept per configuration revision).
@NamedQuery(
        name = Bot.ACTIVE_BY_SENDER,
        query = "select b.sender.id, b.id from Bot b where b.active = true order by b.id")
@NamedQuery(name = Bot.BY_NAME_KEY, query = "select b from Bot b where b.nameKey = :nameKey")
@NamedQuery(name = Bot.BY_SENDER, query = "select b from Bot b where b.sender.id = :senderId")
public class Bot {

    public static final String ACTIVE_BY_SENDER = "Bot.activeBySender";
    public static final String BY_NAME_KEY = "Bot.byNameKey";
    public static final String BY_SENDER = "Bot.bySender";

    @Id
    private Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "id")
    private Agent agent;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(nullable = false, length = 2000)
    private String url;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sender_id", nullable = false)
    private Sender sender;

    @Column(name = "history_visible", nullable = false)
    private boolean historyVisible;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "session_timeout_seconds")
    private Long sessionTimeoutSeconds;

    @Column(name = "signing_secret", nullable = false)
    private String signingSecret;

    @Column(name = "secret_prefix", nullable = false)
    private String secretPrefix;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Bot() {}

    public Bot(Agent agent, String signingSecret, String secretPrefix, Instant at) {
        this.agent = Objects.requireNonNull(agent, "agent");
        this.signingSecret = Objects.requireNonNull(signingSecret, "signingSecret");
        this.secretPrefix = Objects.requireNonNull(secretPrefix, "secretPrefix");
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** The key a name is unique by (case ignored). */
    public static String nameKey(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /** Replaces the whole setup; the agent's name follows the bot's. */
    public void configure(
            String newName,
            String newUrl,
            Sender newSender,
            boolean newHistoryVisible,
            boolean newActive,
            Duration newSessionTimeout,
            Instant at) {
        this.name = Objects.requireNonNull(newName, "name");
        this.nameKey = nameKey(newName);
        this.url = Objects.requireNonNull(newUrl, "url");
        this.sender = Objects.requireNonNull(newSender, "sender");
        this.historyVisible = newHistoryVisible;
        this.active = newActive;
        this.sessionTimeoutSeconds = newSessionTimeout == null ? null : newSessionTimeout.toSeconds();
        this.updatedAt = at;
        agent.describe(newName, agent.getTitle(), agent.getPhone());
    }

    public Long getId() {
        return id;
    }

    public Agent getAgent() {
        return agent;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public Sender getSender() {
        return sender;
    }

    public boolean isHistoryVisible() {
        return historyVisible;
    }

    public boolean isActive() {
        return active;
    }

    /** The session timeout, if any. */
    public Optional<Duration> getSessionTimeout() {
        return Optional.ofNullable(sessionTimeoutSeconds).map(Duration::ofSeconds);
    }

    public String getSigningSecret() {
        return signingSecret;
    }

    public String getSecretPrefix() {
        return secretPrefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
