package io.switchboard.sla.logic;

import io.switchboard.platform.InvalidInputException;
import io.switchboard.sla.QueueScope;
import io.switchboard.sla.SlaPolicyDefinition;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** The rules an SLA policy definition must keep, and which policy applies to a conversation. Pure logic. */
public final class SlaPolicyRules {

    /** Longest time a severity may promise: a year of minutes. */
    public static final int MAX_MINUTES = 525_600;

    /**
     * Most severities one policy holds. The guide sets no limit; this one is far beyond any real use and only keeps a
     * single request (and the policy editor) to a sane size.
     */
    public static final int MAX_SEVERITIES = 1000;

    private SlaPolicyRules() {}

    /** Refuses a definition that breaks a rule, naming the field; conditions are checked by routing's rules. */
    public static void check(SlaPolicyDefinition definition) {
        if (definition.validFrom() != null
                && definition.validTo() != null
                && definition.validTo().isBefore(definition.validFrom())) {
            throw new InvalidInputException("validTo", "must not be before validFrom");
        }
        if (definition.queueScope() != QueueScope.ALL && definition.queueIds().isEmpty()) {
            throw new InvalidInputException(
                    "queueIds", "must name at least one queue when the scope is " + definition.queueScope());
        }
        List<SlaPolicyDefinition.SeverityDefinition> severities = definition.severities();
        if (severities.isEmpty()) {
            throw new InvalidInputException("severities", "must hold at least the default severity");
        }
        if (severities.size() > MAX_SEVERITIES) {
            throw new InvalidInputException(
                    "severities[" + MAX_SEVERITIES + "]",
                    "is one severity too many: a policy holds at most " + MAX_SEVERITIES + " severities");
        }
        Set<String> names = new HashSet<>();
        int defaults = 0;
        for (int i = 0; i < severities.size(); i++) {
            SlaPolicyDefinition.SeverityDefinition severity = severities.get(i);
            String field = "severities[" + i + "]";
            if (!names.add(severity.name().toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException(field + ".name", "is used by another severity of the policy");
            }
            if (severity.firstResponseMinutes() == null
                    && severity.nextReplyMinutes() == null
                    && severity.resolutionMinutes() == null) {
                throw new InvalidInputException(
                        field,
                        "must set at least one of firstResponseMinutes," + " nextReplyMinutes, resolutionMinutes");
            }
            checkMinutes(field + ".firstResponseMinutes", severity.firstResponseMinutes());
            checkMinutes(field + ".nextReplyMinutes", severity.nextReplyMinutes());
            checkMinutes(field + ".resolutionMinutes", severity.resolutionMinutes());
            if (severity.isDefault()) {
                defaults++;
            }
        }
        if (defaults != 1) {
            throw new InvalidInputException("severities", "must have exactly one default severity, not " + defaults);
        }
    }

    private static void checkMinutes(String field, Integer minutes) {
        if (minutes != null && (minutes < 1 || minutes > MAX_MINUTES)) {
            throw new InvalidInputException(field, "must be between 1 and " + MAX_MINUTES + " minutes");
        }
    }

    /** Whether a policy is in force at {@code now}: enabled and inside its validity period (both ends included). */
    public static boolean inForce(boolean enabled, Instant validFrom, Instant validTo, Instant now) {
        return enabled && (validFrom == null || !now.isBefore(validFrom)) && (validTo == null || !now.isAfter(validTo));
    }

    /**
     * The first policy of the ordered list that is in force, covers the queue and whose conditions match; empty when
     * none does.
     */
    public static <P> Optional<P> firstApplicable(
            List<P> ordered, Predicate<P> inForce, Predicate<P> coversQueue, Predicate<P> conditionsMatch) {
        return ordered.stream()
                .filter(inForce)
                .filter(coversQueue)
                .filter(conditionsMatch)
                .findFirst();
    }
}
