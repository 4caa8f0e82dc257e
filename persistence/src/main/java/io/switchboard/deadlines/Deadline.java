package io.switchboard.deadlines;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A future action: at {@code dueAt} the handler of {@code kind} runs for {@code subjectId} (a conversation, a queue),
 * then the row is deleted. Written in the transaction of the change that causes it, so it survives a crash; a ticker
 * holds it while running it through a lease ({@code claimedBy} until {@code claimedUntil}), and a failed run comes
 * back later until its attempts run out.
 */
@Entity
@Table(name = "deadline")
@NamedQuery(
        name = Deadline.OF_SUBJECT,
        query = "select d from Deadline d where d.kind = :kind"
                + " and d.subjectId = :subjectId order by d.dueAt, d.id")
@NamedQuery(
        name = Deadline.CANCEL,
        query = "delete from Deadline d where d.kind = :kind" + " and d.subjectId = :subjectId")
public class Deadline {

    public static final String OF_SUBJECT = "Deadline.ofSubject";
    public static final String CANCEL = "Deadline.cancel";

    @Id
    @SequenceGenerator(name = "deadline_seq", sequenceName = "deadline_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deadline_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(updatable = false)
    private String payload;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "gave_up_at")
    private Instant gaveUpAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Deadline() {}

    public Deadline(String kind, long subjectId, Instant dueAt, String payload, Instant createdAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.subjectId = subjectId;
        this.dueAt = dueAt;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    /** Whether this row is still leased by the claim {@code token} (and not taken over after its lease ran out). */
    public boolean isClaimedBy(String token) {
        return token.equals(claimedBy);
    }

    /** A failed run: due again at {@code retryAt}, free for any ticker. */
    public void retryAt(Instant retryAt, String error) {
        dueAt = retryAt;
        release(error);
    }

    /** A failed run after the last attempt: kept for inspection, never claimed again. */
    public void giveUp(Instant at, String error) {
        gaveUpAt = at;
        release(error);
    }

    private void release(String error) {
        claimedBy = null;
        claimedUntil = null;
        lastError = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getPayload() {
        return payload;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getGaveUpAt() {
        return gaveUpAt;
    }

    public String getLastError() {
        return lastError;
    }
}
