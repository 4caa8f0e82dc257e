package io.switchboard.sla;

import io.switchboard.conversations.AuthorKind;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationChanged;
import io.switchboard.conversations.ConversationEvent;
import io.switchboard.conversations.Direction;
import io.switchboard.deadlines.Deadlines;
import io.switchboard.hours.WorkingHoursService;
import io.switchboard.hours.logic.BusinessCalendar;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.routing.Routing;
import io.switchboard.sla.logic.MetricState;
import io.switchboard.sla.logic.SeverityTargets;
import io.switchboard.sla.logic.SlaClocks;
import io.switchboard.sla.logic.SlaEvent;
import io.switchboard.sla.logic.SlaPolicyRules;
import io.switchboard.sla.logic.WorkingTime;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps each conversation's SLA up to date, in the transaction of the change that affects it: picks the policy (first
 * applicable in list order), recomputes the clocks from the history ({@link SlaClocks}), records breaches (a new one
 * fires {@link SlaBreached}) and schedules a durable deadline for the next due time, when a breach would be noticed.
 */
@Stateless
public class SlaTracker {

    /** The deadline kind that looks at a conversation's clocks again when one is due. */
    public static final String DUE = "sla.due";

    @PersistenceContext
    EntityManager em;

    @EJB
    WorkingHoursService workingHours;

    @EJB
    Routing routing;

    @EJB
    Deadlines deadlines;

    @Inject
    SlaPolicyList policyList;

    @Inject
    Event<SlaBreached> breached;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** This transaction's conversations known to have no SLA row ({@link #prefetch}). */
    private static final String WITHOUT_ROW = SlaTracker.class.getName() + ".withoutRow";

    /** The SLA of a conversation as it stands now: policy, severity, clocks, recorded breaches, its stored row. */
    public record SlaState(
            Conversation conversation,
            SlaPolicy policy,
            String severity,
            List<MetricState> clocks,
            List<SlaBreach> breaches,
            ConversationSla record) {}

    /**
     * Re-evaluates after a change of the conversation, in the change's transaction ({@link SlaChangeListener}: a note
     * is internal, no clock starts or stops for it, and with no policy at all an open conversation has none to run).
     */
    public void changed(ConversationChanged change) {
        evaluate(change.conversation(), null);
    }

    /**
     * Reads the SLA rows of conversations about to change together (a bulk run's batch) in one statement: evaluating
     * each of them then finds its row in the transaction, or knows it has none, instead of one statement each.
     */
    public void prefetch(Collection<Long> conversationIds) {
        if (conversationIds.isEmpty()) {
            return;
        }
        Set<Long> without = new HashSet<>(conversationIds);
        em.createQuery("select s from ConversationSla s where s.conversationId in :ids", ConversationSla.class)
                .setParameter("ids", conversationIds)
                .getResultList()
                .forEach(sla -> without.remove(sla.getConversationId()));
        withoutRow().addAll(without);
    }

    private Set<Long> withoutRow() {
        Set<Long> without = prefetchedWithoutRow();
        if (without == null) {
            without = new HashSet<>();
            transaction.putResource(WITHOUT_ROW, without);
        }
        return without;
    }

    // The conversation's SLA row; none without a statement when prefetch found none in this transaction.
    private ConversationSla row(long conversationId) {
        Set<Long> without = prefetchedWithoutRow();
        return without != null && without.contains(conversationId)
                ? null
                : em.find(ConversationSla.class, conversationId);
    }

    @SuppressWarnings("unchecked")
    private Set<Long> prefetchedWithoutRow() {
        return (Set<Long>) transaction.getResource(WITHOUT_ROW);
    }

    /** Re-evaluates after a policy edit or at a due time. */
    public void evaluate(long conversationId) {
        Conversation conversation = em.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation != null) {
            evaluate(conversation, null);
        }
    }

    /** An agent's choice among the policy's severities. */
    public SlaState changeSeverity(long conversationId, String severityName) {
        Conversation conversation = em.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null) {
            throw new UnknownEntityException("conversation", conversationId);
        }
        ConversationSla sla = em.find(ConversationSla.class, conversationId);
        SlaPolicy policy =
                sla == null || sla.getPolicyId() == null ? null : em.find(SlaPolicy.class, sla.getPolicyId());
        if (policy == null) {
            throw new InvalidInputException("severity", "no SLA policy applies to conversation " + conversationId);
        }
        if (policy.getSeverities().stream().noneMatch(s -> s.getName().equals(severityName))) {
            throw new InvalidInputException(
                    "severity", "policy '" + policy.getName() + "' has no severity '" + severityName + "'");
        }
        evaluate(conversation, severityName);
        return state(conversationId);
    }

    public SlaState state(long conversationId) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        if (conversation == null) {
            throw new UnknownEntityException("conversation", conversationId);
        }
        ConversationSla sla = em.find(ConversationSla.class, conversationId);
        SlaPolicy policy =
                sla == null || sla.getPolicyId() == null ? null : em.find(SlaPolicy.class, sla.getPolicyId());
        List<MetricState> clocks = policy == null
                ? List.of()
                : clocks(conversation, policy, severity(policy, sla.getSeverityName()), clock.instant());
        List<SlaBreach> breaches = em.createNamedQuery(SlaBreach.OF_CONVERSATION, SlaBreach.class)
                .setParameter("conversationId", conversationId)
                .getResultList();
        return new SlaState(conversation, policy, policy == null ? null : sla.getSeverityName(), clocks, breaches, sla);
    }

    private void evaluate(Conversation conversation, String chosenSeverity) {
        Instant now = clock.instant();
        if (conversation.isOpenedHere() && policyList.isEmpty()) {
            // Created in this transaction while no policy exists: it has no SLA row, and none applies.
            return;
        }
        ConversationSla sla = row(conversation.getId());
        // Closed is final: the policy it closed under stays; only its clocks are brought up to date.
        SlaPolicy policy = conversation.isClosed()
                ? (sla == null || sla.getPolicyId() == null ? null : em.find(SlaPolicy.class, sla.getPolicyId()))
                : applicable(conversation, now).orElse(null);
        if (policy == null && sla == null) {
            return;
        }
        if (sla == null) {
            sla = new ConversationSla(conversation.getId(), now);
            em.persist(sla);
            Set<Long> without = prefetchedWithoutRow();
            if (without != null) {
                without.remove(conversation.getId());
            }
        }
        if (policy == null) {
            // Breaches recorded under an earlier policy stay for reports.
            sla.runUnder(null, null);
            sla.evaluated(now, null);
            conversation.slaDue(null);
            deadlines.cancel(DUE, conversation.getId());
            return;
        }
        String severityName = chosenSeverity != null
                ? chosenSeverity
                : policy.getId().equals(sla.getPolicyId())
                        ? severity(policy, sla.getSeverityName()).getName()
                        : policy.defaultSeverity().getName();
        sla.runUnder(policy.getId(), severityName);
        Severity severity = severity(policy, severityName);
        List<MetricState> clocks = clocks(conversation, policy, severity, now);
        recordBreaches(conversation, policy, severity, clocks, now);
        Instant nextDue = SlaClocks.nextDue(clocks).orElse(null);
        sla.evaluated(now, nextDue);
        // The one place SLA clocks change: the conversation's sortable due time follows in the same transaction.
        conversation.slaDue(SlaClocks.mostUrgentDue(clocks).orElse(null));
        if (nextDue == null) {
            deadlines.cancel(DUE, conversation.getId());
        } else {
            deadlines.replace(DUE, conversation.getId(), nextDue, null);
        }
    }

    /** The policy's severity of that name, or its default when the policy no longer has it. */
    private static Severity severity(SlaPolicy policy, String name) {
        return policy.getSeverities().stream()
                .filter(s -> s.getName().equals(name))
                .findFirst()
                .orElseGet(policy::defaultSeverity);
    }

    private Optional<SlaPolicy> applicable(Conversation conversation, Instant now) {
        SlaPolicyList.Compiled set = policyList.current();
        if (set.policies().isEmpty()) {
            return Optional.empty();
        }
        Set<Long> eligible = set.policies().stream()
                .filter(p -> SlaPolicyRules.inForce(p.enabled(), p.validFrom(), p.validTo(), now))
                .filter(p -> p.queueScope().covers(conversation.getQueue().getId(), p.queueIds()))
                .map(SlaPolicyList.PolicyScope::id)
                .collect(Collectors.toSet());
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        Long matched = set.conditions()
                .first(routing.factsOf(conversation), eligible::contains, 0)
                .yielded();
        return matched == null ? Optional.empty() : Optional.ofNullable(em.find(SlaPolicy.class, matched));
    }

    private List<MetricState> clocks(Conversation conversation, SlaPolicy policy, Severity severity, Instant now) {
        SeverityTargets targets = SeverityTargets.ofMinutes(
                severity.getFirstResponseMinutes(), severity.getNextReplyMinutes(), severity.getResolutionMinutes());
        WorkingTime time = severity.isWorkingHoursOnly()
                ? workingTime(workingHours
                        .stored(conversation.getQueue().getWorkingHoursPeriodId())
                        .calendar())
                : WorkingTime.ALWAYS;
        return SlaClocks.evaluate(targets, policy.isExcludeAutomated(), history(conversation.getId()), time, now);
    }

    /** The conversation's messages and events in the order they happened (a message first on a tie). */
    private List<SlaEvent> history(long conversationId) {
        List<SlaEvent> events = new ArrayList<>();
        em.createQuery(
                        "select m.direction, m.authorKind, m.createdAt from Message m"
                                + " where m.conversation.id = :id order by m.createdAt, m.id",
                        Object[].class)
                .setParameter("id", conversationId)
                .getResultList()
                .forEach(row -> {
                    Instant at = (Instant) row[2];
                    events.add(
                            row[0] == Direction.INBOUND
                                    ? new SlaEvent.CustomerMessage(at)
                                    : new SlaEvent.Reply(at, row[1] != AuthorKind.AGENT));
                });
        em.createNamedQuery(ConversationEvent.OF_CONVERSATION, ConversationEvent.class)
                .setParameter("conversationId", conversationId)
                .getResultList()
                .forEach(event -> events.add(slaEvent(event)));
        // A stable sort keeps messages before events of the same instant.
        events.sort(Comparator.comparing(SlaEvent::at));
        return events;
    }

    private static SlaEvent slaEvent(ConversationEvent event) {
        return switch (event.getKind()) {
            case SOLVED -> new SlaEvent.Solved(event.getOccurredAt());
            case REOPENED -> new SlaEvent.Reopened(event.getOccurredAt());
            case CLOSED -> new SlaEvent.Closed(event.getOccurredAt());
            case BOT_HANDOVER -> new SlaEvent.BotHandover(event.getOccurredAt());
        };
    }

    /** Brings the breach rows in line with the clocks: new breaches are recorded and announced, stale ones go. */
    private void recordBreaches(
            Conversation conversation, SlaPolicy policy, Severity severity, List<MetricState> clocks, Instant now) {
        Map<String, SlaBreach> existing = new HashMap<>();
        em.createNamedQuery(SlaBreach.OF_CONVERSATION, SlaBreach.class)
                .setParameter("conversationId", conversation.getId())
                .getResultList()
                .forEach(b -> existing.put(b.getMetric() + "@" + b.getClockStart(), b));
        for (MetricState state : clocks) {
            if (!state.breached()) {
                continue;
            }
            SlaBreach breach = existing.remove(state.metric() + "@" + state.start());
            boolean isNew = breach == null;
            if (isNew) {
                breach = new SlaBreach(conversation.getId(), state.metric(), state.start(), now);
                em.persist(breach);
            }
            breach.update(
                    state.due(),
                    state.endedAt(),
                    state.breachedBy(),
                    policy.getName(),
                    severity.getName(),
                    conversation.getQueue().getId(),
                    conversation.getAssignee() == null
                            ? null
                            : conversation.getAssignee().getId());
            if (isNew) {
                breached.fire(new SlaBreached(
                        conversation.getId(), state.metric(), state.due(), policy.getId(), severity.getName()));
            }
        }
        existing.values().forEach(em::remove);
    }

    /** Working time of a queue's calendar, as SLA clocks count it. */
    static WorkingTime workingTime(BusinessCalendar calendar) {
        return new WorkingTime() {
            @Override
            public Optional<Instant> after(Instant from, Duration amount) {
                return calendar.addWorkingTime(from, amount);
            }

            @Override
            public Duration between(Instant from, Instant to) {
                return calendar.workingTimeBetween(from, to);
            }
        };
    }
}
