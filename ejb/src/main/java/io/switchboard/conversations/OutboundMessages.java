package io.switchboard.conversations;

import io.switchboard.channels.Channel;
import io.switchboard.channels.Sender;
import io.switchboard.outbound.OutboxService;
import io.switchboard.people.PersonContact;
import io.switchboard.platform.ConflictException;
import io.switchboard.settings.SettingsService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Every message to a customer is written here: agents' and bots' replies and the engine's own (away messages, waiting
 * strategies, later workflows, of author kind automation), outbound on the conversation's channel from its sender,
 * with its delivery to the channel's gateway queued in the same transaction.
 */
@Stateless
public class OutboundMessages {

    @PersistenceContext
    EntityManager em;

    @EJB
    OutboxService outbox;

    @EJB
    ConversationChanges changes;

    @Inject
    SettingsService settings;

    /**
     * Writes an automated message to the customer in the caller's transaction; a {@code {conversationId}} in its text
     * becomes the id people see (the short ID when the Short ID setting is on), so the customer can refer to it.
     */
    public Message sendAutomated(Conversation conversation, String author, String text, Instant at) {
        String filled = text != null && text.contains(DisplayIds.PLACEHOLDER)
                ? DisplayIds.fill(text, DisplayIds.of(conversation, settings.shortIdEnabled()))
                : text;
        return write(conversation, AuthorKind.AUTOMATION, author, filled, at);
    }

    /** Whether this automation ever wrote to the customer in the conversation. */
    public boolean sentAutomated(Conversation conversation, String author) {
        return !em.createQuery(
                        "select m.id from Message m where m.conversation = :conversation"
                                + " and m.authorKind = :kind and m.author = :author",
                        Long.class)
                .setParameter("conversation", conversation)
                .setParameter("kind", AuthorKind.AUTOMATION)
                .setParameter("author", author)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Writes a message to the customer in the caller's transaction; it reaches the channel if and only if stored. */
    public Message write(Conversation conversation, AuthorKind authorKind, String author, String text, Instant at) {
        return write(conversation, conversation.getSender(), authorKind, author, text, at);
    }

    /**
     * Writes a message to the customer from one of the business's senders, the conversation's own or another (its
     * channel then becomes the conversation's channel of the moment: the guide's "first message over the second
     * channel in the same conversation"). The customer needs an address on that sender's channel (409 otherwise).
     */
    public Message write(
            Conversation conversation, Sender via, AuthorKind authorKind, String author, String text, Instant at) {
        Channel channel = via.getChannel();
        String customerAddress = em.createQuery(
                        "select c from PersonContact c where c.person = :person"
                                + " and c.channel = :channel order by c.id",
                        PersonContact.class)
                .setParameter("person", conversation.getPerson())
                .setParameter("channel", channel)
                .setMaxResults(1)
                .getResultStream()
                .map(PersonContact::getAddress)
                .findFirst()
                .orElseThrow(() -> new ConflictException("the customer has no " + channel + " address to write to"));
        Message message = changes.send(
                conversation,
                authorKind,
                author,
                Message.Content.text(channel, via.getAddress(), customerAddress, text),
                at);
        em.flush();
        outbox.enqueue(message, via);
        return message;
    }
}
