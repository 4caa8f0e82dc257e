package io.switchboard.waiting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Operator setting: how long a strategy minute lasts ({@code switchboard.waiting.minute}, default {@code PT1M}).
 * Only test servers shorten it (to seconds), so that end-to-end tests of announcements and maximum waits run quickly.
 */
@ApplicationScoped
public class WaitingSettings {

    @Inject
    @ConfigProperty(name = "switchboard.waiting.minute", defaultValue = "PT1M")
    String minute;

    public Duration minute() {
        return Duration.parse(minute);
    }
}
