package io.switchboard.lifecycle;

import io.switchboard.bots.Bot;
import io.switchboard.bots.BotService;
import io.switchboard.bots.BotSession;
import io.switchboard.bots.logic.BotRules;
import io.switchboard.conversations.Attachment;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationChanges;
import io.switchboard.conversations.Message;
import io.switchboard.deadlines.Deadlines;
import io.switchboard.outbound.OutboxService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Conversations held by external bots (the guide's "Receiving messages"): a new conversation on an active bot's sender
 * is assigned to the bot, and every customer message of it goes to the bot's webhook (through the outbox) until the
 * hand-over to agents or the session's timeout. All of it in the caller's transaction, which holds the conversation.
 */
@Stateless
public class BotConversations {

    /** The deadline kind of a bot session's timeout (subject: the conversation). */
    public static final String TIMEOUT_KIND = "bot.session-timeout";

    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext
    EntityManager em;

    @EJB
    BotService bots;

    @EJB
    OutboxService outbox;

    @EJB
    Deadlines deadlines;

    @EJB
    ConversationChanges changes;

    @Inject
    Clock clock;

    /**
     * A new conversation: when an active bot serves its sender, the bot gets it ("Conversations are automatically
     * assigned to the Bot") and its first message. Returns whether a bot took it.
     */
    public boolean opened(Conversation conversation, Message first) {
        Optional<Bot> found = bots.activeFor(conversation.getSender());
        if (found.isEmpty()) {
            return false;
        }
        Bot bot = found.get();
        Instant now = clock.instant();
        changes.assign(conversation, bot.getAgent(), now);
        BotSession session = new BotSession(conversation.getId(), bot, now);
        em.persist(session);
        forward(session, first, now);
        return true;
    }

    /** A customer's message on a conversation that was open before: to the bot while its session runs. */
    public void received(Conversation conversation, Message message) {
        BotSession session = em.find(BotSession.class, conversation.getId());
        if (session == null || !session.isRunning()) {
            return;
        }
        Instant now = clock.instant();
        Long holder = conversation.getAssignee() == null
                ? null
                : conversation.getAssignee().getId();
        if (!session.getBot().getId().equals(holder)) {
            // Moved away from the bot by other means (a queue it does not work in): the agents have it now.
            session.handedOver(now);
            deadlines.cancel(TIMEOUT_KIND, conversation.getId());
            return;
        }
        session.customerWrote(now);
        forward(session, message, now);
    }

    /**
     * The conversation leaves its bot for agents (routed again, or assigned to someone directly): the session ends as
     * handed over and its timeout is cancelled. Returns whether a bot's session was running.
     */
    public boolean handOver(Conversation conversation) {
        BotSession session = em.find(BotSession.class, conversation.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (session == null || !session.isRunning()) {
            return false;
        }
        session.handedOver(clock.instant());
        deadlines.cancel(TIMEOUT_KIND, conversation.getId());
        return true;
    }

    /**
     * The session's timeout came: if the customer has not written for the bot's session timeout, the conversation is
     * closed, the session recorded as timed out, and the bot told through its webhook. Idempotent; a later customer
     * message has moved the deadline, and a session no longer running is left alone.
     */
    public void expire(long conversationId) {
        Conversation conversation = em.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        BotSession session = em.find(BotSession.class, conversationId);
        if (conversation == null || session == null || !session.isRunning()) {
            return;
        }
        Optional<Duration> timeout = session.getBot().getSessionTimeout();
        Instant now = clock.instant();
        if (conversation.isClosed() || timeout.isEmpty()) {
            return;
        }
        if (!BotRules.expired(session.getLastCustomerAt(), timeout.get(), now)) {
            deadlines.replace(
                    TIMEOUT_KIND, conversationId, BotRules.expiresAt(session.getLastCustomerAt(), timeout.get()), null);
            return;
        }
        session.end(BotSession.EndReason.SESSION_TIMEOUT, now);
        changes.closeUnattended(conversation, now);
        outbox.enqueueBot(
                session.getBot().getId(),
                null,
                JSON.createObjectBuilder()
                        .add("event", "SESSION_EXPIRED")
                        .add("conversationId", conversationId)
                        .add("botId", session.getBot().getId())
                        .add(
                                "lastCustomerMessageAt",
                                session.getLastCustomerAt().toString())
                        .add("expiredAt", now.toString())
                        .build());
    }

    /**
     * Until when the conversation's messages were the bot's and are hidden from agents (its history toggle off):
     * the hand-over or the session's end, {@link Instant#MAX} while it runs; empty when agents see everything.
     */
    public Optional<Instant> hiddenFromAgentsUntil(long conversationId) {
        BotSession session = em.find(BotSession.class, conversationId);
        if (session == null || session.getBot().isHistoryVisible()) {
            return Optional.empty();
        }
        Instant until = session.getHandedOverAt() != null ? session.getHandedOverAt() : session.getEndedAt();
        return Optional.of(until == null ? Instant.MAX : until);
    }

    // "forwarded to its webhook URL via the POST HTTP method with the conversationId parameter"
    private void forward(BotSession session, Message message, Instant now) {
        Bot bot = session.getBot();
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("messageId", message.getId())
                .add("channel", message.getChannel().name())
                .add("from", message.getFrom())
                .add("to", message.getTo())
                .add("createdAt", message.getCreatedAt().toString());
        if (message.getText() != null) {
            json.add("text", message.getText());
        }
        if (message.getSubject() != null) {
            json.add("subject", message.getSubject());
        }
        if (!message.getAttachments().isEmpty()) {
            JsonArrayBuilder attachments = JSON.createArrayBuilder();
            for (Attachment attachment : message.getAttachments()) {
                JsonObjectBuilder a = JSON.createObjectBuilder().add("type", attachment.type());
                if (attachment.url() != null) {
                    a.add("url", attachment.url());
                }
                if (attachment.name() != null) {
                    a.add("name", attachment.name());
                }
                attachments.add(a);
            }
            json.add("attachments", attachments);
        }
        outbox.enqueueBot(
                bot.getId(),
                message.getId(),
                JSON.createObjectBuilder()
                        .add("event", "MESSAGE")
                        .add("conversationId", session.getConversationId())
                        .add("botId", bot.getId())
                        .add("message", json)
                        .build());
        bot.getSessionTimeout()
                .ifPresent(timeout -> deadlines.replace(
                        TIMEOUT_KIND, session.getConversationId(), BotRules.expiresAt(now, timeout), null));
    }
}
