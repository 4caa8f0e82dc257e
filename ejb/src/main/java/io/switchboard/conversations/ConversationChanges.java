package io.switchboard.conversations;

import io.switchboard.agents.Agent;
import io.switchboard.agents.AgentOccupancy;
import io.switchboard.channels.Channel;
import io.switchboard.channels.ChannelGroup;
import io.switchboard.conversations.ConversationChanged.Change;
import io.switchboard.conversations.ConversationChanged.Kind;
import io.switchboard.people.Person;
import io.switchboard.queues.Queue;
import io.switchboard.tags.Tag;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The one place where a conversation changes: its status, queue, assignee, priority, tags, topic, customer and metadata, every message
 * in or out, and the bot handover. Each change is announced as {@link ConversationChanged}, synchronously in the
 * caller's transaction (SLA observes it there), so nobody has to remember to; a change that changes nothing (a tag
 * already there) announces nothing. An architecture test keeps every other class from calling the entity's mutators
 * or writing a message itself.
 */
@Stateless
public class ConversationChanges {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ConversationChanged> changed;

    @Inject
    @Any
    Instance<ConversationPart> parts;

    /** Stores a customer's message on the conversation. */
    public Message receive(
            Conversation conversation, Message.Content content, String externalId, String idempotencyKey, Instant at) {
        Channel before = lastChannel(conversation);
        Message message = new Message(
                conversation, Direction.INBOUND, AuthorKind.CUSTOMER, null, content, externalId, idempotencyKey, at);
        em.persist(message);
        conversation.messageStoredHere(content.channel());
        announce(
                conversation,
                new Change(Kind.MESSAGE_RECEIVED, null, content.channel().name()));
        announceChannel(conversation, before, content.channel());
        return message;
    }

    /** Stores a message of the business to the customer; its delivery is the caller's business. */
    public Message send(
            Conversation conversation, AuthorKind authorKind, String author, Message.Content content, Instant at) {
        Channel before = lastChannel(conversation);
        Message message = new Message(conversation, Direction.OUTBOUND, authorKind, author, content, null, null, at);
        em.persist(message);
        conversation.messageStoredHere(content.channel());
        announce(
                conversation,
                new Change(
                        Kind.MESSAGE_SENT, authorKind.name(), content.channel().name()));
        announceChannel(conversation, before, content.channel());
        return message;
    }

    // The channel of the conversation's latest message (null: none yet), read before a new one is stored.
    private Channel lastChannel(Conversation conversation) {
        if (conversation.getId() == null) {
            return null;
        }
        Channel recorded = conversation.lastMessageChannel();
        if (recorded != null || conversation.isOpenedHere()) {
            // Recorded by every message stored since V62; one created in this transaction has no other: no query.
            return recorded;
        }
        return em.createNamedQuery(Message.LAST_CHANNEL, Channel.class)
                .setParameter("conversationId", conversation.getId())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    // The first message over another channel than the message before it changes the conversation's channel.
    private void announceChannel(Conversation conversation, Channel before, Channel now) {
        if (before != null && before != now) {
            announce(conversation, new Change(Kind.CHANNEL, before.name(), now.name()));
        }
    }

    /**
     * Changes the conversation's status and records Solved, reopening (Solved back to Open or Waiting) and Closed.
     * Every part of the conversation may refuse first (the form: mandatory fields left empty block Solved and Closed).
     */
    public void changeStatus(Conversation conversation, ConversationStatus to, Instant at) {
        if (to != conversation.getStatus()) {
            parts.forEach(part -> part.checkStatusChange(conversation, to));
        }
        recordStatus(conversation, to, at);
    }

    /**
     * Closes a conversation nobody works on (the customer waited too long, or wrote outside working hours): no part
     * may refuse, since nobody is there to fill anything in.
     */
    public void closeUnattended(Conversation conversation, Instant at) {
        recordStatus(conversation, ConversationStatus.CLOSED, at);
    }

    private void recordStatus(Conversation conversation, ConversationStatus to, Instant at) {
        ConversationStatus from = conversation.getStatus();
        conversation.changeStatus(to, at);
        Long assignee = assigneeId(conversation);
        AgentOccupancy.move(em, conversation.getChannel().group(), assignee, from, assignee, to);
        ConversationEvent.Kind kind = null;
        if (to == ConversationStatus.CLOSED && from != ConversationStatus.CLOSED) {
            kind = ConversationEvent.Kind.CLOSED;
        } else if (to == ConversationStatus.SOLVED && from != ConversationStatus.SOLVED) {
            kind = ConversationEvent.Kind.SOLVED;
        } else if (from == ConversationStatus.SOLVED && to != ConversationStatus.SOLVED) {
            kind = ConversationEvent.Kind.REOPENED;
        }
        if (kind != null) {
            writeIfUnseen(conversation);
            em.persist(new ConversationEvent(conversation.getId(), kind, at));
        }
        announce(conversation, new Change(Kind.STATUS, from.name(), to.name()));
    }

    /** Announces the customer's complete survey answer (the survey itself is stored by the surveys area). */
    public void surveyAnswered(Conversation conversation, String score) {
        announce(conversation, new Change(Kind.SURVEY_ANSWERED, null, score));
    }

    /** Assigns the conversation to an agent without a status (a bot), or unassigns it with {@code null}. */
    public void assign(Conversation conversation, Agent agent, Instant at) {
        assign(conversation, agent, at, false);
    }

    /**
     * Assigns the conversation to a human agent (whose state row the caller holds locked): their last assignment
     * time, from which their unserved time counts, becomes {@code at} in the statement that moves their counters.
     */
    public void assignToHuman(Conversation conversation, Agent agent, Instant at) {
        assign(conversation, java.util.Objects.requireNonNull(agent, "agent"), at, true);
    }

    private void assign(Conversation conversation, Agent agent, Instant at, boolean human) {
        Long before = assigneeId(conversation);
        conversation.assignTo(agent, at);
        // Intake's new conversation, unwritten until it has its agent: its one insert, before anything that hears of
        // the assignment stores a row referring to it.
        writeIfUnseen(conversation);
        Long after = assigneeId(conversation);
        if (!java.util.Objects.equals(before, after)) {
            ConversationStatus status = conversation.getStatus();
            AgentOccupancy.move(
                    em, conversation.getChannel().group(), before, status, after, status, human ? at : null);
        }
        announce(conversation, Change.of(Kind.ASSIGNEE));
    }

    /**
     * A bulk run's batch of assignments (conversation to agent, in dealing order): every conversation changes
     * first, then each change is announced, in the same order and transaction, as {@link #assign} would. The
     * observers see what they would see one by one, except that the batch's other assignments are already made;
     * the first query they run writes all of them in one flush (JDBC batches) instead of one flush each.
     */
    public void assignAll(Map<Conversation, Agent> assignments, Instant at) {
        // The counters move once per agent, group and status for the whole batch (one statement each).
        Map<Taken, Integer> added = new HashMap<>();
        assignments.forEach((conversation, agent) -> {
            Long before = assigneeId(conversation);
            conversation.assignTo(agent, at);
            Long after = assigneeId(conversation);
            if (java.util.Objects.equals(before, after)) {
                return;
            }
            ConversationStatus status = conversation.getStatus();
            if (before != null || after == null) {
                AgentOccupancy.move(em, conversation.getChannel().group(), before, status, after, status, at);
            } else {
                added.merge(new Taken(after, conversation.getChannel().group(), status), 1, Integer::sum);
            }
        });
        added.forEach(
                (taken, count) -> AgentOccupancy.add(em, taken.group(), taken.status(), taken.agentId(), count, at));
        assignments.keySet().forEach(conversation -> announce(conversation, Change.of(Kind.ASSIGNEE)));
    }

    private record Taken(long agentId, ChannelGroup group, ConversationStatus status) {}

    /** Moves the conversation to another queue; its assignee stays (the caller decides about them). */
    public void moveTo(Conversation conversation, Queue queue, Instant at) {
        conversation.moveTo(queue, at);
        announce(conversation, Change.of(Kind.QUEUE));
    }

    /** An agent or supervisor sets the priority; routing the conversation again keeps it. */
    public void changePriority(Conversation conversation, Priority priority, Instant at) {
        conversation.choosePriority(priority, at);
        announce(conversation, Change.of(Kind.PRIORITY));
    }

    /**
     * Routing's outcome: the queue and priority of the matched route, each only where it differs (one change). A
     * priority a person set stays: the route sets it for a new conversation, and a person may change it at any point.
     */
    public void route(Conversation conversation, Queue queue, Priority priority, Instant at) {
        boolean moves = !queue.equals(conversation.getQueue());
        boolean reprioritizes = !conversation.isPrioritySetManually() && conversation.getPriority() != priority;
        if (moves) {
            conversation.moveTo(queue, at);
        }
        if (reprioritizes) {
            conversation.changePriority(priority, at);
        }
        if (moves || reprioritizes) {
            announce(conversation, Change.of(moves ? Kind.QUEUE : Kind.PRIORITY));
        }
    }

    /** Puts a tag on the conversation; true when it was not there yet. */
    public boolean tag(Conversation conversation, Tag tag) {
        boolean added = conversation.tag(tag);
        if (added) {
            announce(conversation, Change.of(Kind.TAGS));
        }
        return added;
    }

    /** Takes a tag off the conversation; true when it was there. */
    public boolean untag(Conversation conversation, Tag tag) {
        boolean removed = conversation.untag(tag);
        if (removed) {
            announce(conversation, Change.of(Kind.TAGS));
        }
        return removed;
    }

    /** Sets the topic (email subject); the same topic again changes and announces nothing. */
    public void changeTopic(Conversation conversation, String topic, Instant at) {
        String from = conversation.getTopic();
        if (!topic.equals(from)) {
            conversation.changeTopic(topic, at);
            announce(conversation, new Change(Kind.TOPIC, from, topic));
        }
    }

    /**
     * Links the conversation to another customer; the same customer again changes and announces nothing. True when
     * the customer changed.
     */
    public boolean changeCustomer(Conversation conversation, Person person, Instant at) {
        Person from = conversation.getPerson();
        if (from.getId().equals(person.getId())) {
            return false;
        }
        conversation.changeCustomer(person, at);
        announce(
                conversation,
                new Change(
                        Kind.CUSTOMER, from.getId().toString(), person.getId().toString()));
        return true;
    }

    /** Replaces the metadata with a JSON object in text form. */
    public void replaceMetadata(Conversation conversation, String json, Instant at) {
        conversation.replaceMetadata(json, at);
        announce(conversation, Change.of(Kind.METADATA));
    }

    /**
     * Merges {@code source} into {@code target} (both open, of the same customer): the source's tags join the
     * target's, its parts merge (form values the target has not set), and the source closes, pointing to the target, whose history shows its messages.
     */
    public void merge(Conversation source, Conversation target, Instant at) {
        parts.forEach(part -> part.merge(source, target, at));
        source.getTags().forEach(target::tag);
        ConversationStatus sourceStatus = source.getStatus();
        source.mergeInto(target, at);
        Long sourceAssignee = assigneeId(source);
        AgentOccupancy.move(
                em, source.getChannel().group(), sourceAssignee, sourceStatus, sourceAssignee, source.getStatus());
        em.persist(new ConversationEvent(source.getId(), ConversationEvent.Kind.CLOSED, at));
        target.touch(at);
        announce(source, Change.of(Kind.MERGE));
        announce(target, Change.of(Kind.MERGE));
    }

    /**
     * The conversation's form or form values changed (the forms area keeps them and calls only for a real change):
     * {@code formChosen} when another form applies now, {@code valuesWritten} when a field's value changed.
     */
    public void formChanged(Conversation conversation, boolean formChosen, boolean valuesWritten, Instant at) {
        if (!formChosen && !valuesWritten) {
            return;
        }
        conversation.touch(at);
        if (formChosen) {
            announce(conversation, Change.of(Kind.FORM));
        }
        if (valuesWritten) {
            announce(conversation, Change.of(Kind.FORM_VALUES));
        }
    }

    /** A bot handed the conversation over to agents (SLA clocks that exclude automation start here). */
    public void handedOver(Conversation conversation, Instant at) {
        writeIfUnseen(conversation);
        em.persist(new ConversationEvent(conversation.getId(), ConversationEvent.Kind.BOT_HANDOVER, at));
        announce(conversation, Change.of(Kind.HANDOVER));
    }

    /** An agent's internal note on the conversation; customers never see it. */
    public Note addNote(Conversation conversation, String author, String text, Instant at) {
        Note note = new Note(conversation, author, text, at);
        em.persist(note);
        announce(conversation, Change.of(Kind.NOTE));
        return note;
    }

    /**
     * An {@link Conversation#isUnseen() unseen} conversation is written late (once, with its agent); it is written
     * before a row that refers to it by id alone is stored, since one flush orders its inserts by mapped
     * relationships only (an assignment decision was seen inserted before its conversation).
     */
    private void writeIfUnseen(Conversation conversation) {
        if (conversation.isUnseen()) {
            em.flush();
        }
    }

    // The assignee's id; their occupancy counters (AgentOccupancy) follow every change of assignee and status here.
    private static Long assigneeId(Conversation conversation) {
        return conversation.getAssignee() == null
                ? null
                : conversation.getAssignee().getId();
    }

    private void announce(Conversation conversation, Change change) {
        changed.fire(new ConversationChanged(conversation, change));
    }
}
