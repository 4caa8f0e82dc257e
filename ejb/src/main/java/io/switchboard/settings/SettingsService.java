package io.switchboard.settings;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** General settings. */
@Stateless
public class SettingsService {

    @PersistenceContext
    EntityManager em;

    public boolean shortIdEnabled() {
        return Boolean.parseBoolean(
                em.find(Setting.class, Setting.SHORT_ID_ENABLED).getValue());
    }

    public void enableShortId(boolean enabled) {
        em.find(Setting.class, Setting.SHORT_ID_ENABLED).change(String.valueOf(enabled));
    }

    /** Whether each queue has its own senders ("Select senders for each queue"). */
    public boolean sendersPerQueue() {
        return Boolean.parseBoolean(
                em.find(Setting.class, Setting.SENDERS_PER_QUEUE).getValue());
    }

    public void selectSendersPerQueue(boolean enabled) {
        em.find(Setting.class, Setting.SENDERS_PER_QUEUE).change(String.valueOf(enabled));
    }

    /** A setting's value as text (every setting exists: the schema creates it with its default). */
    public String value(String name) {
        return em.find(Setting.class, name).getValue();
    }

    public void change(String name, String value) {
        em.find(Setting.class, name).change(value);
    }
}
