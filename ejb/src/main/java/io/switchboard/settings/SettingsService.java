package io.switchboard.settings;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** General settings. */
@Stateless
public class SettingsService {

    static final String SENDERS_PER_QUEUE = "conversation.sendersPerQueue";

    @PersistenceContext
    EntityManager em;

    public boolean shortIdEnabled() {
        return Boolean.parseBoolean(
                em.find(Setting.class, Setting.SHORT_ID_ENABLED).getValue());
    }

    public void enableShortId(boolean enabled) {
        em.find(Setting.class, Setting.SHORT_ID_ENABLED).change(String.valueOf(enabled));
    }

    /** "Select senders for each queue": agents start conversations only from their queues' senders. */
    public boolean sendersPerQueue() {
        return Boolean.parseBoolean(value(SENDERS_PER_QUEUE));
    }

    public void selectSendersPerQueue(boolean perQueue) {
        change(SENDERS_PER_QUEUE, String.valueOf(perQueue));
    }

    /** A setting's value as text (every setting exists: the schema creates it with its default). */
    public String value(String name) {
        return em.find(Setting.class, name).getValue();
    }

    public void change(String name, String value) {
        em.find(Setting.class, name).change(value);
    }
}
