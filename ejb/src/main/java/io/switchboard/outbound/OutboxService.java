package io.switchboard.outbound;

import io.switchboard.conversations.Attachment;
import io.switchboard.conversations.Message;
import io.switchboard.outbound.logic.Backoff;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.DatabaseKind;
import io.switchboard.platform.Page;
import io.switchboard.platform.UnknownEntityException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/** The outbox: messages to customers written with the business change, claimed and settled by the dispatcher. */
@Stateless
public class OutboxService {

    // Json.createX looks the provider up (a class path scan) on every call: one lookup, kept.
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "jdbc/switchboard")
    DataSource dataSource;

    @Inject
    OutboundSettings settings;

    @Inject
    Clock clock;

    private static volatile Boolean skipLocked;

    /**
     * One claimed delivery: what to POST where, signed with which secret (null when the sender has no gateway); or,
     * for a workflow's call ({@code call} true), what to send with which method and headers, unsigned.
     */
    public record Delivery(
            long entryId,
            String url,
            String secret,
            String idempotencyKey,
            String payload,
            int attempt,
            boolean call,
            String method,
            String contentType,
            Map<String, String> headers,
            OutboxEntry.Kind kind) {

        public Delivery(long entryId, String url, String secret, String idempotencyKey, String payload, int attempt) {
            this(
                    entryId,
                    url,
                    secret,
                    idempotencyKey,
                    payload,
                    attempt,
                    false,
                    "POST",
                    "application/json",
                    Map.of(),
                    OutboxEntry.Kind.MESSAGE);
        }

        /** A workflow's email: its JSON (from, to, subject, text) goes out over the mail session. */
        static Delivery mail(long entryId, String idempotencyKey, String payload, int attempt) {
            return new Delivery(
                    entryId,
                    null,
                    null,
                    idempotencyKey,
                    payload,
                    attempt,
                    false,
                    null,
                    null,
                    Map.of(),
                    OutboxEntry.Kind.MAIL);
        }
    }

    /**
     * Writes a workflow's email in the caller's transaction, from the no-reply {@code from} sender: it goes out over
     * the mail session only if that transaction commits, then is retried and dead-lettered like a message.
     */
    public OutboxEntry enqueueMail(io.switchboard.channels.Sender from, List<String> to, String subject, String text) {
        JsonArrayBuilder recipients = JSON.createArrayBuilder();
        to.forEach(recipients::add);
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("from", from.getAddress())
                .add("to", recipients)
                .add("subject", subject)
                .add("text", text);
        addIfPresent(json, "fromName", from.getName());
        OutboxEntry entry = OutboxEntry.mail(
                from, UUID.randomUUID().toString(), json.build().toString(), clock.instant());
        em.persist(entry);
        return entry;
    }

    /**
     * Writes a workflow's call (Call API, Slack) in the caller's transaction: it goes out only if that transaction
     * commits, then is retried and dead-lettered like a message, to the address checked against internal networks.
     */
    public OutboxEntry enqueueCall(
            String method, String url, String contentType, Map<String, String> headers, String body) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        headers.forEach(json::add);
        OutboxEntry entry = OutboxEntry.call(
                method,
                url,
                contentType,
                json.build().toString(),
                UUID.randomUUID().toString(),
                body,
                clock.instant());
        em.persist(entry);
        return entry;
    }

    /**
     * Writes a call to a bot's webhook in the caller's transaction: it goes out only if that transaction commits,
     * signed with the bot's secret like a gateway delivery, retried and dead-lettered like a message, to an address
     * checked against internal networks. {@code body} is the JSON the bot receives; its idempotency key is added.
     */
    public OutboxEntry enqueueBot(long botId, Long messageId, JsonObject body) {
        String key = UUID.randomUUID().toString();
        JsonObjectBuilder json = JSON.createObjectBuilder(body).add("idempotencyKey", key);
        OutboxEntry entry = OutboxEntry.bot(botId, messageId, key, json.build().toString(), clock.instant());
        em.persist(entry);
        return entry;
    }

    /** Writes the message's delivery in the caller's transaction: it goes out only if that transaction commits. */
    public OutboxEntry enqueue(Message message) {
        return enqueue(message, message.getConversation().getSender());
    }

    /** As {@link #enqueue(Message)}, from another of the business's senders (an agent's reply over another channel). */
    public OutboxEntry enqueue(Message message, io.switchboard.channels.Sender via) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        String key = UUID.randomUUID().toString();
        json.add("idempotencyKey", key)
                .add("messageId", message.getId())
                .add("conversationId", message.getConversation().getId())
                .add("channel", message.getChannel().name())
                .add("from", message.getFrom())
                .add("to", message.getTo())
                .add("authorKind", message.getAuthorKind().name())
                .add("createdAt", message.getCreatedAt().toString());
        addIfPresent(json, "author", message.getAuthor());
        addIfPresent(json, "text", message.getText());
        addIfPresent(json, "subject", message.getSubject());
        addIfPresent(json, "cc", message.getCc());
        addIfPresent(json, "bcc", message.getBcc());
        if (!message.getAttachments().isEmpty()) {
            JsonArrayBuilder attachments = JSON.createArrayBuilder();
            for (Attachment attachment : message.getAttachments()) {
                attachments.add(attachmentJson(attachment));
            }
            json.add("attachments", attachments);
        }
        OutboxEntry entry =
                new OutboxEntry(via, message.getId(), key, json.build().toString(), clock.instant());
        em.persist(entry);
        return entry;
    }

    private static Map<String, String> headersOf(OutboxEntry entry) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (entry.getHeaders() != null) {
            try (var reader = JSON.createReader(new java.io.StringReader(entry.getHeaders()))) {
                reader.readObject()
                        .forEach((name, value) -> headers.put(name, ((jakarta.json.JsonString) value).getString()));
            }
        }
        return headers;
    }

    /** The members the gateway knows from the inbound API, absent ones left out. */
    private static JsonObjectBuilder attachmentJson(Attachment attachment) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("type", attachment.type());
        addIfPresent(json, "url", attachment.url());
        addIfPresent(json, "name", attachment.name());
        addIfPresent(json, "mimeType", attachment.mimeType());
        if (attachment.latitude() != null) {
            json.add("latitude", attachment.latitude());
        }
        if (attachment.longitude() != null) {
            json.add("longitude", attachment.longitude());
        }
        return json;
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    /**
     * Claims up to {@code limit} due entries in one short transaction: row locks taken with SKIP LOCKED (PostgreSQL)
     * let several instances claim side by side, and the lease keeps the claimed rows off everyone's next claim.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Delivery> claimDue(int limit) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from outbox_entry where status = 'PENDING'"
                        + " and next_attempt_at <= ? order by next_attempt_at, id"
                        + " fetch first " + limit + " rows only for update"
                        + (supportsSkipLocked() ? " skip locked" : ""))
                .setParameter(1, Timestamp.from(now))
                .getResultList();
        List<Delivery> claimed = new ArrayList<>();
        for (Number id : ids) {
            OutboxEntry entry = em.find(OutboxEntry.class, id.longValue());
            entry.startAttempt(now.plus(settings.lease()));
            if (entry.getTargetUrl() != null) {
                claimed.add(new Delivery(
                        entry.getId(),
                        entry.getTargetUrl(),
                        null,
                        entry.getIdempotencyKey(),
                        entry.getPayload(),
                        entry.getAttempts(),
                        true,
                        entry.getHttpMethod(),
                        entry.getContentType(),
                        headersOf(entry),
                        OutboxEntry.Kind.CALL));
                continue;
            }
            if (entry.getKind() == OutboxEntry.Kind.MAIL) {
                claimed.add(Delivery.mail(
                        entry.getId(), entry.getIdempotencyKey(), entry.getPayload(), entry.getAttempts()));
                continue;
            }
            if (entry.getKind() == OutboxEntry.Kind.BOT) {
                claimed.add(botDelivery(entry));
                continue;
            }
            SenderGateway gateway = em.find(SenderGateway.class, entry.getSenderId());
            claimed.add(new Delivery(
                    entry.getId(),
                    gateway == null ? null : gateway.getUrl(),
                    gateway == null ? null : gateway.getSigningSecret(),
                    entry.getIdempotencyKey(),
                    entry.getPayload(),
                    entry.getAttempts()));
        }
        return claimed;
    }

    // The bot's URL and secret as they are now (read by SQL: the bots area sits above this one); none once deleted.
    private Delivery botDelivery(OutboxEntry entry) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select url, signing_secret from bot where id = ?")
                .setParameter(1, entry.getBotId())
                .getResultList();
        String url = rows.isEmpty() ? null : (String) rows.get(0)[0];
        String secret = rows.isEmpty() ? null : (String) rows.get(0)[1];
        return new Delivery(
                entry.getId(),
                url,
                secret,
                entry.getIdempotencyKey(),
                entry.getPayload(),
                entry.getAttempts(),
                false,
                "POST",
                "application/json",
                Map.of(),
                OutboxEntry.Kind.BOT);
    }

    /** Settles one attempt in its own transaction: delivered, retried later with backoff, or dead. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void settle(long entryId, DeliveryOutcome outcome) {
        OutboxEntry entry = em.find(OutboxEntry.class, entryId);
        if (entry == null || entry.getStatus() != OutboxStatus.PENDING) {
            return;
        }
        Instant now = clock.instant();
        if (outcome.delivered()) {
            entry.delivered(now);
            return;
        }
        Backoff backoff = settings.backoff();
        Instant retryAt = outcome.permanent() || !backoff.retriesAfter(entry.getAttempts())
                ? null
                : now.plus(backoff.jitteredDelayAfter(entry.getAttempts(), ThreadLocalRandom.current()::nextDouble));
        entry.failed(outcome.error(), now, retryAt);
    }

    public OutboxEntry find(long id) {
        OutboxEntry entry = em.find(OutboxEntry.class, id);
        if (entry == null) {
            throw new UnknownEntityException("outbox entry", id);
        }
        return entry;
    }

    /** A dead letter goes back in line, due now, with a fresh attempt budget. */
    public OutboxEntry retry(long id) {
        OutboxEntry entry = em.find(OutboxEntry.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (entry == null) {
            throw new UnknownEntityException("outbox entry", id);
        }
        if (entry.getStatus() != OutboxStatus.DEAD) {
            throw new ConflictException(
                    "outbox entry " + id + " is " + entry.getStatus() + "; only dead entries can be retried");
        }
        entry.retry(clock.instant());
        return entry;
    }

    /** Newest first, optionally of one status and/or one message. */
    public Page<OutboxEntry> list(OutboxStatus status, Long messageId, int page, int size) {
        String where = " where 1 = 1" + (status == null ? "" : " and e.status = :status")
                + (messageId == null ? "" : " and e.messageId = :messageId");
        var select = em.createQuery(
                        "select e from OutboxEntry e" + where + " order by e.createdAt desc, e.id desc",
                        OutboxEntry.class)
                .setFirstResult(page * size)
                .setMaxResults(size);
        var count = em.createQuery("select count(e) from OutboxEntry e" + where, Long.class);
        if (status != null) {
            select.setParameter("status", status);
            count.setParameter("status", status);
        }
        if (messageId != null) {
            select.setParameter("messageId", messageId);
            count.setParameter("messageId", messageId);
        }
        return new Page<>(select.getResultList(), page, size, count.getSingleResult());
    }

    /** How many entries are in each state (every state present, zero when none). */
    public Map<OutboxStatus, Long> counts() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row :
                em.createNamedQuery(OutboxEntry.COUNT_BY_STATUS, Object[].class).getResultList()) {
            counts.put((OutboxStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    // SKIP LOCKED only where instances share the work (PostgreSQL). Payara's H2 (2.2.224) parses it too, but H2 serves
    // one instance, where a plain FOR UPDATE serialising the claims is enough and its semantics are well known.
    private boolean supportsSkipLocked() {
        Boolean known = skipLocked;
        if (known == null) {
            known = DatabaseKind.isPostgreSql(dataSource);
            skipLocked = known;
        }
        return known;
    }
}
