package io.switchboard.conversations;

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
import java.time.Instant;
import java.util.Objects;

/**
 * A key under which a caller handed over an inbound message: its Idempotency-Key or the channel's external id,
 * scoped to the caller (an API key, or a user) and the sender it wrote to, so two gateways never share keys.
 * Invariants: one row per caller, sender, kind and value (unique in the database); the fingerprint (SHA-256 of the
 * canonical request) tells a true repeat, which is replayed, from a different message under the same key, which is
 * refused.
 */
@Entity
@Table(name = "intake_key")
@NamedQuery(
        name = IntakeKey.FIND,
        query = "select k from IntakeKey k join fetch k.message where k.caller = :caller and k.senderId = :senderId"
                + " and k.kind = :kind and k.keyValue = :keyValue")
public class IntakeKey {

    public static final String FIND = "IntakeKey.find";

    /** Which key of the request it is. */
    public enum Kind {
        IDEMPOTENCY_KEY,
        EXTERNAL_ID
    }

    @Id
    @SequenceGenerator(name = "intake_key_seq", sequenceName = "intake_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_key_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String caller;

    @Column(name = "sender_id", nullable = false, updatable = false)
    private Long senderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "key_value", nullable = false, updatable = false)
    private String keyValue;

    @Column(nullable = false, updatable = false, length = 64)
    private String fingerprint;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "message_id", nullable = false, updatable = false)
    private Message message;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IntakeKey() {}

    public IntakeKey(
            String caller, long senderId, Kind kind, String keyValue, String fingerprint, Message message, Instant at) {
        this.caller = Objects.requireNonNull(caller, "caller");
        this.senderId = senderId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.keyValue = Objects.requireNonNull(keyValue, "keyValue");
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.message = Objects.requireNonNull(message, "message");
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    public Kind getKind() {
        return kind;
    }

    public String getKeyValue() {
        return keyValue;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public Message getMessage() {
        return message;
    }
}
