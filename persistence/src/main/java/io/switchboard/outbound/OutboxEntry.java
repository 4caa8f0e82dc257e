package io.switchboard.outbound;

import io.switchboard.channels.Sender;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One message on its way to a sender's channel gateway, written in the transaction that stored the message.
 * Invariants: the payload and idempotency key never change (every attempt sends the same bytes under the same key);
 * only a PENDING entry has a next attempt time; DELIVERED is final; DEAD changes only by an explicit retry.
 */
@Entity
@Table(name = "outbox_entry")
@NamedQuery(
        name = OutboxEntry.COUNT_BY_STATUS,
        query = "select e.status, count(e) from OutboxEntry e group by e.status")
public class OutboxEntry {

    public static final String COUNT_BY_STATUS = "OutboxEntry.countByStatus";

    @Id
    @SequenceGenerator(name = "outbox_entry_seq", sequenceName = "outbox_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_entry_seq")
    private Long id;

    // None for a workflow's call, which goes to its own address.
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sender_id", updatable = false)
    private Sender sender;

    // The sender's id without loading the sender (screens and the API list many entries).
    @Column(name = "sender_id", insertable = false, updatable = false)
    private Long senderId;

    @Column(name = "message_id", updatable = false)
    private Long messageId;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(nullable = false, updatable = false, length = 40000)
    private String payload;

    /**
     * What the entry delivers: MESSAGE (to its sender's gateway), CALL (a workflow's HTTP call), MAIL (SMTP), BOT (a
     * customer's message or a session's end to a bot's webhook, signed like a gateway delivery).
     */
    public enum Kind {
        MESSAGE,
        CALL,
        MAIL,
        BOT
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Kind kind = Kind.MESSAGE;

    // A workflow's call (Call API, Slack): where, how and with which headers (a JSON object); null for a message.
    // A bot's webhook call: the bot whose URL and secret are read at each attempt.
    @Column(name = "bot_id", updatable = false)
    private Long botId;

    @Column(name = "target_url", updatable = false, length = 2000)
    private String targetUrl;

    @Column(name = "http_method", updatable = false, length = 10)
    private String httpMethod;

    @Column(name = "content_type", updatable = false, length = 200)
    private String contentType;

    @Column(updatable = false, length = 10000)
    private String headers;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "dead_at")
    private Instant deadAt;

    @Version
    private long version;

    protected OutboxEntry() {}

    public OutboxEntry(Sender sender, Long messageId, String idempotencyKey, String payload, Instant createdAt) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.senderId = sender.getId();
        this.messageId = messageId;
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        this.payload = Objects.requireNonNull(payload, "payload");
        this.status = OutboxStatus.PENDING;
        this.createdAt = createdAt;
        this.nextAttemptAt = this.createdAt;
    }

    /** A workflow's call to {@code url}: sent as written, every attempt under the same idempotency key. */
    public static OutboxEntry call(
            String method,
            String url,
            String contentType,
            String headersJson,
            String idempotencyKey,
            String body,
            Instant createdAt) {
        OutboxEntry entry = new OutboxEntry();
        entry.kind = Kind.CALL;
        entry.httpMethod = Objects.requireNonNull(method, "method");
        entry.targetUrl = Objects.requireNonNull(url, "url");
        entry.contentType = contentType;
        entry.headers = headersJson;
        entry.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        entry.payload = body == null ? "" : body;
        entry.status = OutboxStatus.PENDING;
        entry.createdAt = createdAt;
        entry.nextAttemptAt = createdAt;
        return entry;
    }

    /**
     * A workflow's email from a no-reply {@code sender}: {@code mailJson} holds from, to, subject and text; the
     * dispatcher sends it over the mail session, every attempt with the same Message-ID (made from the key).
     */
    public static OutboxEntry mail(Sender sender, String idempotencyKey, String mailJson, Instant createdAt) {
        OutboxEntry entry = new OutboxEntry(sender, null, idempotencyKey, mailJson, createdAt);
        entry.kind = Kind.MAIL;
        return entry;
    }

    /** A call to bot {@code botId}'s webhook: the JSON {@code body}, signed with the bot's secret at each attempt. */
    public static OutboxEntry bot(long botId, Long messageId, String idempotencyKey, String body, Instant createdAt) {
        OutboxEntry entry = new OutboxEntry();
        entry.kind = Kind.BOT;
        entry.botId = botId;
        entry.messageId = messageId;
        entry.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        entry.payload = Objects.requireNonNull(body, "body");
        entry.status = OutboxStatus.PENDING;
        entry.createdAt = createdAt;
        entry.nextAttemptAt = createdAt;
        return entry;
    }

    /** Counts an attempt about to start and keeps other dispatchers off the entry until {@code leaseUntil}. */
    public void startAttempt(Instant leaseUntil) {
        requireStatus(OutboxStatus.PENDING);
        attempts++;
        nextAttemptAt = leaseUntil;
    }

    public void delivered(Instant at) {
        requireStatus(OutboxStatus.PENDING);
        status = OutboxStatus.DELIVERED;
        deliveredAt = at;
        nextAttemptAt = null;
        lastError = null;
    }

    /** A failed attempt: try again at {@code retryAt}, or, when that is null, give up (dead letter). */
    public void failed(String error, Instant at, Instant retryAt) {
        requireStatus(OutboxStatus.PENDING);
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (retryAt == null) {
            status = OutboxStatus.DEAD;
            deadAt = at;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    /** Puts a dead letter back in line with a fresh attempt budget. */
    public void retry(Instant at) {
        requireStatus(OutboxStatus.DEAD);
        status = OutboxStatus.PENDING;
        attempts = 0;
        deadAt = null;
        nextAttemptAt = at;
    }

    private void requireStatus(OutboxStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("outbox entry " + id + " is " + status + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public Sender getSender() {
        return sender;
    }

    public Long getSenderId() {
        return senderId;
    }

    public Long getMessageId() {
        return messageId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getBotId() {
        return botId;
    }

    public String getTargetUrl() {
        return targetUrl;
    }

    public String getHttpMethod() {
        return httpMethod;
    }

    public String getContentType() {
        return contentType;
    }

    public String getHeaders() {
        return headers;
    }

    public String getPayload() {
        return payload;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public Instant getDeadAt() {
        return deadAt;
    }
}
