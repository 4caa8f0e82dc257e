package io.switchboard.settings;

import io.switchboard.platform.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * General settings. A CDI bean rather than a session bean: settings are read several times by every message's
 * transaction, and each session-bean call cost more than the read from the cache (Payara's container work around
 * it). Reads run in the caller's transaction, or without one; changes in a transaction, the caller's or their own.
 */
@ApplicationScoped
public class SettingsService {

    @PersistenceContext
    EntityManager em;

    private static final String CHANGED = SettingsService.class.getName() + ".changed";

    @Inject
    SettingsCache cache;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public boolean shortIdEnabled() {
        return Boolean.parseBoolean(value(Setting.SHORT_ID_ENABLED));
    }

    @Transactional
    public void enableShortId(boolean enabled) {
        change(Setting.SHORT_ID_ENABLED, String.valueOf(enabled));
    }

    /** "Select senders for each queue": agents start conversations only from their queues' senders. */
    public boolean sendersPerQueue() {
        return Boolean.parseBoolean(value(Setting.SENDERS_PER_QUEUE));
    }

    @Transactional
    public void selectSendersPerQueue(boolean perQueue) {
        change(Setting.SENDERS_PER_QUEUE, String.valueOf(perQueue));
    }

    /** Whether customers' messages are scored for sentiment (the guide's "Sentiment" toggle). */
    public boolean sentimentEnabled() {
        return Boolean.parseBoolean(value(Setting.SENTIMENT_ENABLED));
    }

    @Transactional
    public void enableSentiment(boolean enabled) {
        change(Setting.SENTIMENT_ENABLED, String.valueOf(enabled));
    }

    /** Whether agents may ask for a conversation's AI summary (the guide's Agent companion toggle). */
    public boolean companionSummaryEnabled() {
        return Boolean.parseBoolean(value(Setting.COMPANION_SUMMARY_ENABLED));
    }

    @Transactional
    public void enableCompanionSummary(boolean enabled) {
        change(Setting.COMPANION_SUMMARY_ENABLED, String.valueOf(enabled));
    }

    /** Whether agents are offered suggested replies (the guide's Agent companion toggle). */
    public boolean suggestedRepliesEnabled() {
        return Boolean.parseBoolean(value(Setting.COMPANION_SUGGESTED_REPLIES_ENABLED));
    }

    @Transactional
    public void enableSuggestedReplies(boolean enabled) {
        change(Setting.COMPANION_SUGGESTED_REPLIES_ENABLED, String.valueOf(enabled));
    }

    /** The account's default time zone, which reports' days follow; UTC when the setting names no zone Java knows. */
    public ZoneId timeZone() {
        try {
            return ZoneId.of(value(Setting.TIME_ZONE));
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** Changes the account's time zone; a name Java does not know is refused, naming {@code timeZone}. */
    @Transactional
    public void changeTimeZone(String zone) {
        try {
            change(Setting.TIME_ZONE, ZoneId.of(zone.strip()).getId());
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "must be a time zone such as Europe/Zagreb or UTC");
        }
    }

    /**
     * A setting's value as text (every setting exists: the schema creates it with its default). Read from the
     * database at most once a second per instance: a change on another instance shows within that second.
     */
    public String value(String name) {
        long now = System.nanoTime();
        Optional<String> recent = cache.values().get(name, now);
        if (recent.isPresent()) {
            return recent.get();
        }
        long ticket = cache.values().ticket();
        String value = em.find(Setting.class, name).getValue();
        // A transaction that changed settings reads its own, uncommitted values: nobody else may see them.
        int status = transactions.getTransactionStatus();
        boolean inTransaction = status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK;
        if (!inTransaction || transactions.getResource(CHANGED) == null) {
            cache.values().put(ticket, name, value, now);
        }
        return value;
    }

    /** Changes a setting; this instance reads every setting again at once, and again once the change commits. */
    @Transactional
    public void change(String name, String value) {
        em.find(Setting.class, name).change(value);
        cache.values().forgetAll();
        transactions.putResource(CHANGED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                cache.values().forgetAll();
            }
        });
    }
}
