package io.switchboard.api.waiting;

import io.switchboard.waiting.WaitingStrategy;
import java.time.Instant;

/** A messaging waiting strategy as the API shows it. */
public record WaitingStrategyView(
        long id,
        long senderId,
        String name,
        Welcome welcome,
        Announcement announcement,
        MaxWait maxWait,
        Instant updatedAt) {

    /** The welcome message. */
    public record Welcome(boolean enabled, String text) {}

    /** The periodic announcement. */
    public record Announcement(boolean enabled, String text, Integer everyMinutes, Integer maxCount) {}

    /** The maximum wait time message. */
    public record MaxWait(boolean enabled, String text, Integer minutes) {}

    public static WaitingStrategyView of(WaitingStrategy strategy) {
        WaitingStrategy.Messages m = strategy.messages();
        return new WaitingStrategyView(
                strategy.getId(),
                strategy.getSender().getId(),
                strategy.getName(),
                new Welcome(m.welcomeEnabled(), m.welcomeText()),
                new Announcement(
                        m.announcementEnabled(), m.announcementText(), m.announcementEvery(), m.announcementMaxCount()),
                new MaxWait(m.maxWaitEnabled(), m.maxWaitText(), m.maxWait()),
                strategy.getUpdatedAt());
    }
}
