package io.switchboard.conversations;

import io.switchboard.channels.Channel;
import io.switchboard.platform.Hints;
import io.switchboard.platform.TextMapConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One message of a conversation, immutable once stored. The {@code idempotencyKey} and channel {@code externalId} a
 * gateway sent are kept as sent; what makes a repeat a replay is {@link IntakeKey}, scoped to the caller and sender.
 */
@Entity
@Table(name = "message")
@NamedQuery(
        name = Message.LATEST_INBOUND,
        query =
                "select m from Message m where m.conversation.id = :conversationId"
                        + " and m.direction = io.switchboard.conversations.Direction.INBOUND order by m.createdAt desc, m.id desc")
@NamedQuery(
        name = Message.OF_CONVERSATION,
        query = "select m from Message m where m.conversation.id = :conversationId order by m.createdAt, m.id")
@NamedQuery(
        name = Message.LAST_CHANNEL,
        query = "select m.channel from Message m where m.conversation.id = :conversationId"
                + " order by m.createdAt desc, m.id desc",
        hints = @QueryHint(name = Hints.MAX_ROWS, value = "1"))
public class Message {

    public static final String LAST_CHANNEL = "Message.lastChannel";
    public static final String OF_CONVERSATION = "Message.ofConversation";
    public static final String LATEST_INBOUND = "Message.latestInbound";

    @Id
    @SequenceGenerator(name = "message_seq", sequenceName = "message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conversation_id", nullable = false, updatable = false)
    private Conversation conversation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind", nullable = false, updatable = false)
    private AuthorKind authorKind;

    @Column(updatable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(name = "from_address", nullable = false, updatable = false)
    private String from;

    @Column(name = "to_address", nullable = false, updatable = false)
    private String to;

    @Column(updatable = false)
    private String text;

    @Column(updatable = false)
    private String subject;

    @Column(name = "external_id", updatable = false)
    private String externalId;

    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    /** Email copies, comma-separated addresses. */
    @Column(updatable = false)
    private String cc;

    @Column(updatable = false)
    private String bcc;

    /** Attachment, location and link descriptors, stored as a JSON array. */
    @Convert(converter = AttachmentsConverter.class)
    @Column(updatable = false)
    private List<Attachment> attachments;

    /** Custom data the channel passed with the message (IVR inputs...): a JSON object. */
    @Convert(converter = TextMapConverter.class)
    @Column(name = "custom_attributes", updatable = false)
    private Map<String, String> customAttributes;

    /** Live Chat: written by an anonymous visitor, not an authenticated customer. */
    @Column(nullable = false, updatable = false)
    private boolean visitor;

    /** Channel-specific fields (Apple Messages for Business: deviceAgent, group, intent, locale): a JSON object. */
    @Convert(converter = TextMapConverter.class)
    @Column(name = "channel_attributes", updatable = false)
    private Map<String, String> channelAttributes;

    /** Marked sensitive by the bot or gateway that sent it: masked for agents. */
    @Column(nullable = false, updatable = false)
    private boolean sensitive;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Message() {}

    /** What a message says and how it travelled; the conversation and time are set when it is stored. */
    public record Content(
            Channel channel,
            String from,
            String to,
            String text,
            String subject,
            boolean sensitive,
            String cc,
            String bcc,
            List<Attachment> attachments,
            Map<String, String> customAttributes,
            boolean visitor,
            Map<String, String> channelAttributes) {

        /** Content without the fields only routing reads (visitor flag, channel-specific attributes). */
        public Content(
                Channel channel,
                String from,
                String to,
                String text,
                String subject,
                boolean sensitive,
                String cc,
                String bcc,
                List<Attachment> attachments,
                Map<String, String> customAttributes) {
            this(channel, from, to, text, subject, sensitive, cc, bcc, attachments, customAttributes, false, null);
        }

        /** Plain text with no email fields, attachments or custom data. */
        public static Content text(Channel channel, String from, String to, String text) {
            return new Content(channel, from, to, text, null, false, null, null, null, null);
        }
    }

    public Message(
            Conversation conversation,
            Direction direction,
            AuthorKind authorKind,
            String author,
            Content content,
            String externalId,
            String idempotencyKey,
            Instant createdAt) {
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        conversation.requireNotClosed();
        this.direction = Objects.requireNonNull(direction, "direction");
        this.authorKind = Objects.requireNonNull(authorKind, "authorKind");
        this.author = author;
        this.channel = Objects.requireNonNull(content.channel(), "channel");
        this.from = Objects.requireNonNull(content.from(), "from");
        this.to = Objects.requireNonNull(content.to(), "to");
        this.text = content.text();
        this.subject = content.subject();
        this.sensitive = content.sensitive();
        this.cc = content.cc();
        this.bcc = content.bcc();
        this.attachments = content.attachments() == null ? List.of() : List.copyOf(content.attachments());
        this.customAttributes = copy(content.customAttributes());
        this.visitor = content.visitor();
        this.channelAttributes = copy(content.channelAttributes());
        this.externalId = externalId;
        this.idempotencyKey = idempotencyKey;
        this.createdAt = createdAt;
        conversation.touch(createdAt);
    }

    private static Map<String, String> copy(Map<String, String> attributes) {
        // The order given is kept: the API shows the attributes as they came.
        return attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public Long getId() {
        return id;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public Direction getDirection() {
        return direction;
    }

    public AuthorKind getAuthorKind() {
        return authorKind;
    }

    public String getAuthor() {
        return author;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getText() {
        return text;
    }

    public String getSubject() {
        return subject;
    }

    public String getCc() {
        return cc;
    }

    public String getBcc() {
        return bcc;
    }

    /** The message's attachments, in the order sent; empty when it has none. */
    public List<Attachment> getAttachments() {
        return attachments == null ? List.of() : attachments;
    }

    public Map<String, String> getCustomAttributes() {
        return customAttributes;
    }

    public boolean isVisitor() {
        return visitor;
    }

    public Map<String, String> getChannelAttributes() {
        return channelAttributes;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
