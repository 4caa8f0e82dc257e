package io.switchboard.settings;

import io.switchboard.settings.logic.RecentValues;
import jakarta.enterprise.context.ApplicationScoped;

/** This instance's recently read setting values ({@link RecentValues}); read without locking. */
@ApplicationScoped
public class SettingsCache {

    private final RecentValues values = new RecentValues();

    public RecentValues values() {
        return values;
    }
}
