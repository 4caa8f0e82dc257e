package io.switchboard.surveys;

import io.switchboard.channels.Channel;
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

/**
 * One survey sent to a customer about one conversation, and their answer. Invariant: answered once; a survey
 * answered by reply may hold its score while it waits for the follow-up's comment (scored, not yet answered).
 */
@Entity
@Table(name = "survey")
@NamedQuery(name = Survey.LAST_OF_PERSON, query = "select max(s.sentAt) from Survey s where s.personId = :personId")
@NamedQuery(
        name = Survey.OF_CONVERSATION,
        query = "select s from Survey s where s.conversationId = :conversationId order by s.sentAt desc, s.id desc")
public class Survey {

    public static final String LAST_OF_PERSON = "Survey.lastOfPerson";
    public static final String OF_CONVERSATION = "Survey.ofConversation";

    /** How the customer answers. */
    public enum AnswerBy {
        /** On the public survey page the message links to. */
        LINK,
        /** By answering the message itself ("1" / "2"). */
        REPLY
    }

    @Id
    @SequenceGenerator(name = "survey_seq", sequenceName = "survey_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_seq")
    private Long id;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private long conversationId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_by", nullable = false, updatable = false)
    private AnswerBy answerBy;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    private String score;

    @Column(name = "scored_at")
    private Instant scoredAt;

    @Column(name = "comment_text")
    private String comment;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected Survey() {}

    public Survey(
            long conversationId, long personId, Channel channel, AnswerBy answerBy, Instant sentAt, Instant expiresAt) {
        this.conversationId = conversationId;
        this.personId = personId;
        this.channel = Objects.requireNonNull(channel, "channel");
        this.answerBy = Objects.requireNonNull(answerBy, "answerBy");
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Records the whole answer at once: the score and the comment (null or blank: none). */
    public void answer(String newScore, String text, Instant at) {
        scoreOnly(newScore, at);
        comment(text, at);
    }

    /** Records the score alone: the answer completes with the follow-up's comment. */
    public void scoreOnly(String newScore, Instant at) {
        if (answeredAt != null || score != null) {
            throw new IllegalStateException("survey " + id + " is scored");
        }
        score = Objects.requireNonNull(newScore, "newScore");
        scoredAt = at;
    }

    /** Records the follow-up's comment (null or blank: none), completing the answer. */
    public void comment(String text, Instant at) {
        if (answeredAt != null || score == null) {
            throw new IllegalStateException("survey " + id + " is not waiting for a comment");
        }
        comment = text == null || text.isBlank() ? null : text.strip();
        answeredAt = at;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getConversationId() {
        return conversationId;
    }

    public long getPersonId() {
        return personId;
    }

    public Channel getChannel() {
        return channel;
    }

    public AnswerBy getAnswerBy() {
        return answerBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getScore() {
        return score;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }

    public String getComment() {
        return comment;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
