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
        return Boolean.parseBoolean(em.find(Setting.class, Setting.SHORT_ID_ENABLED).getValue());
    }

    public void enableShortId(boolean enabled) {
        em.find(Setting.class, Setting.SHORT_ID_ENABLED).change(String.valueOf(enabled));
    }
}
