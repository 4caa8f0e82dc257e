package io.switchboard.conversations;

import io.switchboard.agents.Agent;
import io.switchboard.channels.Channel;
import io.switchboard.channels.Sender;
import io.switchboard.people.Person;
import io.switchboard.queues.Queue;
import io.switchboard.tags.Tag;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The thread of messages between one customer and the business on one sender. Invariants: at most one conversation
 * per customer and sender is not closed (the database enforces it through {@code openKey}); Closed is final: no
 * status change and no message after it; the short ID never changes.
 */
@Entity
@Table(name = "conversation")
@NamedQuery(name = Conversation.OPEN_BY_KEY, query = "select c from Conversation c where c.openKey = :openKey")
public class Conversation {

    public static final String OPEN_BY_KEY = "Conversation.openByKey";

    /**
     * The open conversation under an open key, its row locked and read in the same statement (native: a locking
     * entity query makes EclipseLink load the conversation's tags and past assignees with it, two more statements per
     * message, even with its refresh cascade off; and locking by id first, then reading, was one more).
     */
    public static final String LOCK_OPEN_BY_KEY = "select * from conversation where open_key = ?1 for update";

    @Id
    @SequenceGenerator(name = "conversation_seq", sequenceName = "conversation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conversation_seq")
    private Long id;

    @Column(name = "short_id", nullable = false, updatable = false, unique = true)
    private long shortId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConversationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority;

    /** An agent or supervisor chose the priority: routing the conversation again keeps it. */
    @Column(name = "priority_set_manually", nullable = false)
    private boolean prioritySetManually;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sender_id", nullable = false, updatable = false)
    private Sender sender;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "queue_id", nullable = false)
    private Queue queue;

    private String topic;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private Agent assignee;

    /** Agents once assigned here: automatic assignment does not choose them for this conversation again. */
    @ElementCollection
    @CollectionTable(name = "conversation_past_assignee", joinColumns = @JoinColumn(name = "conversation_id"))
    @Column(name = "agent_id")
    private Set<Long> pastAssigneeIds = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "conversation_tag",
            joinColumns = @JoinColumn(name = "conversation_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new HashSet<>();

    /** A JSON object that bots and integrations leave for the agent (the guide's conversation metadata). */
    private String metadata;

    @Column(name = "open_key")
    private String openKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** When its most urgent SLA clock is (or was) due; kept here by the SLA tracker so that lists sort by it. */
    @Column(name = "sla_due_at")
    private Instant slaDueAt;

    /** The channel of its latest message; null before its first, and on rows from before V62 that nobody filled. */
    @Enumerated(EnumType.STRING)
    @Column(name = "last_message_channel")
    private Channel lastMessageChannel;

    @Version
    private long version;

    // Set only on a conversation created in this transaction (never read from the database): it had no message
    // before the ones stored since, so the hot intake path need not ask the database for what it already knows.
    @Transient
    private boolean openedHere;

    // Set by intake on a conversation it opens for a customer it created in the same transaction (see isUnseen).
    @Transient
    private boolean unseen;

    protected Conversation() {}

    /**
     * A conversation the customer starts with their first message; its topic is that message's subject, if any.
     * {@code channel} is the sender's, as the message named it: intake finds the sender by channel and address and
     * holds only a reference to it, whose fields are not read for this.
     */
    public static Conversation inbound(
            long shortId, Person person, Sender sender, Channel channel, Queue queue, String topic, Instant at) {
        Conversation conversation = new Conversation();
        conversation.shortId = shortId;
        conversation.status = ConversationStatus.OPEN;
        conversation.priority = Priority.NORMAL;
        conversation.direction = Direction.INBOUND;
        conversation.channel = Objects.requireNonNull(channel, "channel");
        conversation.person = Objects.requireNonNull(person, "person");
        conversation.sender = sender;
        conversation.queue = Objects.requireNonNull(queue, "queue");
        conversation.openKey = openKey(person, sender);
        conversation.topic = topic;
        conversation.createdAt = at;
        conversation.updatedAt = conversation.createdAt;
        conversation.openedHere = true;
        return conversation;
    }

    /**
     * True when this conversation was created in the current transaction (by {@link #inbound} or {@link #outbound});
     * false for one read from the database.
     */
    public boolean isOpenedHere() {
        return openedHere;
    }

    /**
     * The channel of the conversation's latest message as recorded on it: null before its first message, and for a
     * conversation whose latest message was stored before the record was kept (the caller asks the database).
     */
    public Channel lastMessageChannel() {
        return lastMessageChannel;
    }

    /**
     * True for a conversation opened in this transaction for a customer created in it too: no other transaction can
     * see it, hold its open key or lock its row before this one commits. So it need not be written before assignment
     * locks an agent's row (the order that keeps decisions free of deadlocks on existing conversations): it is
     * inserted once, with its assignee, instead of inserted and then updated.
     */
    public boolean isUnseen() {
        return unseen;
    }

    /** Marks a conversation {@link #isUnseen() unseen}; only for one opened here for a customer created here. */
    public void markUnseen() {
        if (!openedHere || person.getId() == null) {
            throw new IllegalStateException("only a conversation opened in this transaction can be unseen");
        }
        unseen = true;
    }

    /** Called by the one place that stores messages, after storing one over this channel. */
    public void messageStoredHere(Channel over) {
        lastMessageChannel = over;
    }

    /** A conversation an agent starts with a customer from one of the business's senders. */
    public static Conversation outbound(long shortId, Person person, Sender sender, Queue queue, Instant at) {
        Conversation conversation = inbound(shortId, person, sender, sender.getChannel(), queue, null, at);
        conversation.direction = Direction.OUTBOUND;
        return conversation;
    }

    /** The key that allows one not-closed conversation per customer and sender. */
    public static String openKey(Person person, Sender sender) {
        return person.getId() + ":" + sender.getId();
    }

    /** Changes the status; closing frees the customer and sender for a new conversation. */
    public void changeStatus(ConversationStatus newStatus, Instant at) {
        requireNotClosed();
        status = Objects.requireNonNull(newStatus, "newStatus");
        if (newStatus == ConversationStatus.CLOSED) {
            openKey = null;
            closedAt = at;
        }
        touch(at);
    }

    /**
     * Merges this conversation into another of the same customer: it closes (closed is final) and points to the one
     * that goes on, whose history shows its messages.
     */
    public void mergeInto(Conversation target, Instant at) {
        requireNotClosed();
        target.requireNotClosed();
        if (target.getId().equals(id) || !target.getPerson().getId().equals(person.getId())) {
            throw new IllegalArgumentException("only another conversation of the same customer");
        }
        changeStatus(ConversationStatus.CLOSED, at);
        mergedIntoId = target.getId();
    }

    /**
     * Links the conversation to another customer (an agent found it was someone else): the open conversation now
     * holds the new customer's key on its sender, so their next message continues it.
     */
    public void changeCustomer(Person newPerson, Instant at) {
        requireNotClosed();
        person = Objects.requireNonNull(newPerson, "newPerson");
        openKey = openKey(newPerson, sender);
        touch(at);
    }

    /** Moves the conversation to another queue. */
    public void moveTo(Queue newQueue, Instant at) {
        requireNotClosed();
        queue = Objects.requireNonNull(newQueue, "newQueue");
        touch(at);
    }

    /** Assigns the conversation to an agent, or unassigns it with {@code null}. */
    public void assignTo(Agent agent, Instant at) {
        requireNotClosed();
        if (assignee != null && !assignee.equals(agent)) {
            pastAssigneeIds.add(assignee.getId());
        }
        assignee = agent;
        touch(at);
    }

    /** Routing's priority for the conversation; one set by a person stays. */
    public void changePriority(Priority newPriority, Instant at) {
        requireNotClosed();
        if (!prioritySetManually) {
            priority = Objects.requireNonNull(newPriority, "newPriority");
            touch(at);
        }
    }

    /** A person sets the priority: it holds until a person changes it again, whatever routing decides. */
    public void choosePriority(Priority newPriority, Instant at) {
        requireNotClosed();
        priority = Objects.requireNonNull(newPriority, "newPriority");
        prioritySetManually = true;
        touch(at);
    }

    /** Adds a tag; true when it was not there yet. */
    public boolean tag(Tag tag) {
        requireNotClosed();
        return tags.add(tag);
    }

    /** Removes a tag; true when it was there. */
    public boolean untag(Tag tag) {
        requireNotClosed();
        return tags.remove(tag);
    }

    /** Sets the topic (an email conversation's subject), already checked by the caller. */
    public void changeTopic(String newTopic, Instant at) {
        requireNotClosed();
        topic = Objects.requireNonNull(newTopic, "newTopic");
        touch(at);
    }

    /** Replaces the metadata, a JSON object in text form. */
    public void replaceMetadata(String json, Instant at) {
        requireNotClosed();
        metadata = json;
        touch(at);
    }

    /** Records that a message was added at this time. */
    public void touch(Instant at) {
        updatedAt = at;
    }

    /** Throws when the conversation is closed: closed conversations take no changes and no messages. */
    /**
     * Records when its most urgent SLA clock is due (null: none counts). Returns whether it changed, so that an
     * unchanged SLA writes nothing.
     */
    public boolean slaDue(Instant due) {
        if (Objects.equals(slaDueAt, due)) {
            return false;
        }
        slaDueAt = due;
        return true;
    }

    public Instant getSlaDueAt() {
        return slaDueAt;
    }

    public void requireNotClosed() {
        if (isClosed()) {
            throw new ClosedConversationException(id);
        }
    }

    public boolean isClosed() {
        return status == ConversationStatus.CLOSED;
    }

    public Long getId() {
        return id;
    }

    /** The conversation this one was merged into; null when it was not merged. */
    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public long getShortId() {
        return shortId;
    }

    public ConversationStatus getStatus() {
        return status;
    }

    public Priority getPriority() {
        return priority;
    }

    public boolean isPrioritySetManually() {
        return prioritySetManually;
    }

    public Direction getDirection() {
        return direction;
    }

    public Channel getChannel() {
        return channel;
    }

    public Person getPerson() {
        return person;
    }

    public Sender getSender() {
        return sender;
    }

    public Queue getQueue() {
        return queue;
    }

    public String getTopic() {
        return topic;
    }

    public Agent getAssignee() {
        return assignee;
    }

    public Set<Long> getPastAssigneeIds() {
        return Collections.unmodifiableSet(pastAssigneeIds);
    }

    public Set<Tag> getTags() {
        return Collections.unmodifiableSet(tags);
    }

    public String getMetadata() {
        return metadata;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
