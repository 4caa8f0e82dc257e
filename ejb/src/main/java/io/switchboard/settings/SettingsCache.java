package io.switchboard.settings;

import io.switchboard.settings.logic.RecentValues;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

/** This instance's recently read setting values ({@link RecentValues}); read without locking. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SettingsCache {

    private final RecentValues values = new RecentValues();

    public RecentValues values() {
        return values;
    }
}
