package io.switchboard.conversations;

import io.switchboard.outbound.OutboxService;
import io.switchboard.people.PersonContact;
import io.switchboard.platform.ConflictException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Messages the engine sends on its own (away messages, waiting strategies, workflows): outbound, author kind
 * automation, on the conversation's channel from its sender. The one place automated messages are written, so that
 * their delivery to the channel is added once.
 */
@Stateless
public class AutomatedMessages {

    @PersistenceContext
    EntityManager em;

    @EJB
    OutboxService outbox;

    /** Writes an automated message to the customer in the caller's transaction. */
    public Message send(Conversation conversation, String author, String text, Instant at) {
        String customerAddress = em.createQuery("select c from PersonContact c where c.person = :person"
                        + " and c.channel = :channel order by c.id", PersonContact.class)
                .setParameter("person", conversation.getPerson())
                .setParameter("channel", conversation.getChannel())
                .setMaxResults(1)
                .getResultStream()
                .map(PersonContact::getAddress)
                .findFirst()
                .orElseThrow(() -> new ConflictException("the customer has no " + conversation.getChannel()
                        + " address to write to"));
        Message message = new Message(conversation, Direction.OUTBOUND, AuthorKind.AUTOMATION, author,
                Message.Content.text(conversation.getChannel(), conversation.getSender().getAddress(),
                        customerAddress, text), null, null, at);
        em.persist(message);
        em.flush();
        // Same transaction: the message reaches the customer's channel if and only if it is stored.
        outbox.enqueue(message);
        return message;
    }
}
