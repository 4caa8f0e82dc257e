package io.switchboard.bots;

import io.switchboard.agents.Agent;
import io.switchboard.agents.AgentService;
import io.switchboard.bots.logic.BotRules;
import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderDeleting;
import io.switchboard.channels.SenderService;
import io.switchboard.outbound.GatewayAddresses;
import io.switchboard.outbound.GatewayService;
import io.switchboard.outbound.logic.WebhookSignature;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.Page;
import io.switchboard.platform.RevisionCache;
import io.switchboard.platform.Revisions;
import io.switchboard.platform.UnknownEntityException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * External bots: each is an agent of kind BOT with a webhook, the sender it serves, its history toggle, active flag
 * and optional session timeout. Supervisors set them up; the conversation lifecycle hands them their conversations.
 */
@Stateless
public class BotService {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** How a list of bots may be sorted. */
    public enum Order {
        NAME("b.nameKey"),
        CREATED_AT("b.createdAt");

        private final String path;

        Order(String path) {
            this.path = path;
        }
    }

    /** What a supervisor gives: every field of the setup (the timeout already read; null for none). */
    public record Setup(
            String name, String url, Long senderId, boolean historyVisible, boolean active, Duration sessionTimeout) {}

    /** The bot after a change, with the signing secret when it was issued now (creation or rotation). */
    public record Configured(Bot bot, String issuedSecret) {}

    @Inject
    Revisions revisions;

    @Inject
    RevisionCache cache;

    @PersistenceContext
    EntityManager em;

    @EJB
    AgentService agents;

    @EJB
    SenderService senders;

    @EJB
    GatewayService gateways;

    @Inject
    Clock clock;

    public Bot find(long id) {
        Bot bot = em.find(Bot.class, id);
        if (bot == null) {
            throw new UnknownEntityException("bot", id);
        }
        return bot;
    }

    /**
     * The active bot serving the sender, if any: which one from what this instance derived under the configuration's
     * revision, so a new conversation on a sender without a bot reads nothing.
     */
    public Optional<Bot> activeFor(Sender sender) {
        long revision = revisions.current().configuration();
        Map<Long, Long> bySender = cache.get("active-bots-by-sender", revision, () -> {
            Map<Long, Long> read = new HashMap<>();
            em.createNamedQuery(Bot.ACTIVE_BY_SENDER, Object[].class)
                    .setFlushMode(revision == RevisionCache.UNCACHED ? FlushModeType.AUTO : FlushModeType.COMMIT)
                    .getResultList()
                    .forEach(row -> read.putIfAbsent((Long) row[0], (Long) row[1]));
            return Map.copyOf(read);
        });
        Long id = bySender.get(sender.getId());
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Bot.class, id));
    }

    /** Bots whose name contains {@code query} (case ignored), sorted, paged. */
    public Page<Bot> search(String query, Order order, boolean descending, int page, int size) {
        String where = query == null || query.isBlank() ? "" : " where b.nameKey like :q";
        var select = em.createQuery(
                        "select b from Bot b" + where + " order by " + order.path + (descending ? " desc" : "")
                                + ", b.id",
                        Bot.class)
                .setFirstResult(page * size)
                .setMaxResults(size);
        var count = em.createQuery("select count(b) from Bot b" + where, Long.class);
        if (!where.isEmpty()) {
            String like =
                    "%" + query.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            select.setParameter("q", like);
            count.setParameter("q", like);
        }
        return new Page<>(select.getResultList(), page, size, count.getSingleResult());
    }

    /** A new bot, with the agent it is and a signing secret (shown in this answer only). */
    public Configured create(Setup setup) {
        revisions.configurationChanged();
        Checked checked = check(setup, null);
        Agent agent = agents.createBot(checked.name(), List.of());
        String secret = WebhookSignature.newSecret(RANDOM);
        Bot bot = new Bot(agent, secret, WebhookSignature.shownPrefix(secret), clock.instant());
        bot.configure(
                checked.name(),
                checked.url(),
                checked.sender(),
                setup.historyVisible(),
                setup.active(),
                setup.sessionTimeout(),
                clock.instant());
        em.persist(bot);
        em.flush();
        return new Configured(bot, secret);
    }

    /** Replaces the bot's setup; running sessions keep going with the new one. */
    public Bot update(long id, Setup setup) {
        revisions.configurationChanged();
        Bot bot = em.find(Bot.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (bot == null) {
            throw new UnknownEntityException("bot", id);
        }
        Checked checked = check(setup, id);
        bot.configure(
                checked.name(),
                checked.url(),
                checked.sender(),
                setup.historyVisible(),
                setup.active(),
                setup.sessionTimeout(),
                clock.instant());
        em.flush();
        return bot;
    }

    /**
     * Deletes a bot that never held a conversation, with its agent. Once it did, history names it: 409, deactivate it
     * instead.
     */
    public void delete(long id) {
        revisions.configurationChanged();
        Bot bot = em.find(Bot.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (bot == null) {
            throw new UnknownEntityException("bot", id);
        }
        long sessions = em.createQuery("select count(s) from BotSession s where s.bot = :bot", Long.class)
                .setParameter("bot", bot)
                .getSingleResult();
        if (sessions > 0) {
            throw new ConflictException(
                    "bot " + bot.getName() + " has held " + sessions + " conversation(s): deactivate it instead");
        }
        em.remove(bot);
        em.flush();
        agents.delete(id);
    }

    /** A sender a bot serves is not deleted from under it. */
    public void senderDeleting(@Observes SenderDeleting deleting) {
        List<String> names = em
                .createNamedQuery(Bot.BY_SENDER, Bot.class)
                .setParameter("senderId", deleting.senderId())
                .getResultList()
                .stream()
                .map(Bot::getName)
                .toList();
        if (!names.isEmpty()) {
            throw new ConflictException("the sender is served by bot '" + names.get(0) + "'; give the bot another"
                    + " sender or delete it first");
        }
    }

    private record Checked(String name, String url, Sender sender) {}

    private Checked check(Setup setup, Long id) {
        String name = BotRules.name(setup.name());
        em.createNamedQuery(Bot.BY_NAME_KEY, Bot.class)
                .setParameter("nameKey", Bot.nameKey(name))
                .getResultStream()
                .filter(other -> !other.getId().equals(id))
                .findFirst()
                .ifPresent(other -> {
                    throw new ConflictException(
                            "another bot is named '" + other.getName() + "'",
                            Map.of("name", "is taken by another bot"));
                });
        String url = setup.url() == null ? "" : setup.url().trim();
        GatewayAddresses.shapeProblem(url).ifPresent(reason -> {
            throw new InvalidInputException("url", reason);
        });
        gateways.refusedAddress(url).ifPresent(reason -> {
            throw new InvalidInputException("url", reason);
        });
        if (setup.senderId() == null) {
            throw new InvalidInputException("senderId", "must name the sender (number or address) the bot serves");
        }
        Sender sender;
        try {
            sender = senders.find(setup.senderId());
        } catch (UnknownEntityException e) {
            throw new InvalidInputException("senderId", "sender " + setup.senderId() + " does not exist");
        }
        em.createNamedQuery(Bot.BY_SENDER, Bot.class)
                .setParameter("senderId", sender.getId())
                .getResultStream()
                .filter(other -> !other.getId().equals(id))
                .findFirst()
                .ifPresent(other -> {
                    throw new ConflictException(
                            "sender " + sender.getAddress() + " is served by bot '" + other.getName() + "'",
                            Map.of("senderId", "is served by bot '" + other.getName() + "'"));
                });
        return new Checked(name, url, sender);
    }
}
