package io.switchboard.bots.logic;

import io.switchboard.platform.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The rules of external bots that need no container: what a bot's setup may hold, when a session has expired, and
 * which messages an agent who took a conversation over from a bot may see.
 */
public final class BotRules {

    /** The longest name a bot may have. */
    public static final int MAX_NAME = 200;

    /** The shortest session timeout: a second (anything shorter would close conversations between two messages). */
    public static final Duration MIN_TIMEOUT = Duration.ofSeconds(1);

    /** The longest session timeout: 30 days. */
    public static final Duration MAX_TIMEOUT = Duration.ofDays(30);

    private BotRules() {}

    /** The name, trimmed; 400 naming {@code name} when it is missing or too long. */
    public static String name(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("name", "must not be blank");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new InvalidInputException("name", "must have at most " + MAX_NAME + " characters");
        }
        return trimmed;
    }

    /**
     * The optional session timeout, an ISO-8601 duration such as {@code PT15M}: null or blank is none; anything else
     * must lie between a second and 30 days (400 naming {@code sessionTimeout}).
     */
    public static Duration sessionTimeout(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Duration timeout;
        try {
            timeout = Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    "sessionTimeout", "must be a duration such as PT15M (15 minutes), PT2H or P1D, not '" + text + "'");
        }
        if (timeout.compareTo(MIN_TIMEOUT) < 0) {
            throw new InvalidInputException("sessionTimeout", "must be at least 1 second");
        }
        if (timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new InvalidInputException("sessionTimeout", "must be at most 30 days (P30D)");
        }
        return timeout;
    }

    /** When a session whose customer last wrote at {@code lastCustomerAt} expires. */
    public static Instant expiresAt(Instant lastCustomerAt, Duration timeout) {
        return lastCustomerAt.plus(timeout);
    }

    /**
     * Guide: "the time period in which the bot conversation session will expire if there are no messages exchanged
     * by the end user" - expired once that long has passed since the customer's last message.
     */
    public static boolean expired(Instant lastCustomerAt, Duration timeout, Instant now) {
        return timeout != null && !now.isBefore(expiresAt(lastCustomerAt, timeout));
    }

    /**
     * Guide: "If checked, messages exchanged between the customer and the bot will be visible to agents after they take
     * over the conversation. Otherwise, the Agent will not be able to view messages exchanged between the customer and
     * bot." With the history hidden, an agent sees only the messages after the bot's time ({@code botUntil}: the
     * hand-over or the session's end; null while the bot still holds it, when all of it is the bot's).
     */
    public static boolean visibleToAgent(Instant messageAt, boolean historyVisible, Instant botUntil) {
        return historyVisible || (botUntil != null && messageAt.isAfter(botUntil));
    }
}
