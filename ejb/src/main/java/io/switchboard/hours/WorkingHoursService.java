package io.switchboard.hours;

import io.switchboard.hours.logic.BusinessCalendar;
import io.switchboard.hours.logic.Holiday;
import io.switchboard.hours.logic.PeriodDefinition;
import io.switchboard.hours.logic.WorkingHoursRules;
import io.switchboard.hours.logic.WorkingInterval;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.RevisionCache;
import io.switchboard.platform.Revisions;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.queues.Queue;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Working-hours periods: the default one comes with the schema; queues each use one. */
@Stateless
public class WorkingHoursService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    WorkingHoursOpenings openings;

    @Inject
    Revisions revisions;

    @Inject
    RevisionCache cache;

    /** All periods, the default first, then by name. */
    public List<WorkingHoursPeriod> list() {
        List<WorkingHoursPeriod> periods =
                new ArrayList<>(em.createNamedQuery(WorkingHoursPeriod.ALL, WorkingHoursPeriod.class)
                        .getResultList());
        periods.sort(Comparator.comparing((WorkingHoursPeriod p) -> !p.isDefaultPeriod()));
        return periods;
    }

    public WorkingHoursPeriod find(long id) {
        WorkingHoursPeriod period = em.find(WorkingHoursPeriod.class, id);
        if (period == null) {
            throw new UnknownEntityException("working-hours period", id);
        }
        return period;
    }

    public WorkingHoursPeriod defaultPeriod() {
        return em.createNamedQuery(WorkingHoursPeriod.DEFAULT, WorkingHoursPeriod.class)
                .getSingleResult();
    }

    public WorkingHoursPeriod create(PeriodDefinition definition) {
        revisions.configurationChanged();
        WorkingHoursRules.check(definition.days(), definition.holidays());
        requireFree(definition.name(), null);
        WorkingHoursPeriod period = new WorkingHoursPeriod(definition.name(), clock.instant());
        apply(period, definition);
        em.persist(period);
        if (definition.makeDefault()) {
            makeDefault(period);
        }
        em.flush();
        return period;
    }

    /** Replaces a period's definition; the queues that use it get their next opening anew. */
    public WorkingHoursPeriod update(long id, PeriodDefinition definition) {
        revisions.configurationChanged();
        WorkingHoursPeriod period = find(id);
        WorkingHoursRules.check(definition.days(), definition.holidays());
        requireFree(definition.name(), period);
        if (period.isDefaultPeriod() && !definition.makeDefault()) {
            throw new InvalidInputException(
                    "defaultPeriod", "there is always one default period: make another period the default instead");
        }
        apply(period, definition);
        // Its version moves with every edit, intervals and holidays included.
        em.lock(period, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (definition.makeDefault() && !period.isDefaultPeriod()) {
            makeDefault(period);
        }
        em.flush();
        queuesUsing(period).forEach(openings::schedule);
        return period;
    }

    /** Deletes a period that is not the default and that no queue in use has. */
    public void delete(long id) {
        revisions.configurationChanged();
        WorkingHoursPeriod period = find(id);
        if (period.isDefaultPeriod()) {
            throw new ConflictException("'" + period.getName()
                    + "' is the default working-hours period: make another period the default first");
        }
        List<Queue> queues = queuesUsing(period);
        if (!queues.isEmpty()) {
            throw new ConflictException("'" + period.getName() + "' is used by " + queues.size() + " queue(s) ("
                    + String.join(", ", queues.stream().map(Queue::getName).toList())
                    + "): give them another period first");
        }
        // Deleted queues keep their rows for history: they move to the default period.
        WorkingHoursPeriod fallback = defaultPeriod();
        em.createQuery("update Queue q set q.workingHoursPeriod = :fallback where q.workingHoursPeriod = :period")
                .setParameter("fallback", fallback)
                .setParameter("period", period)
                .executeUpdate();
        em.remove(period);
    }

    /** The queues in use on a period. */
    public List<Queue> queuesUsing(WorkingHoursPeriod period) {
        return em.createQuery(
                        "select q from Queue q where q.workingHoursPeriod = :period and q.deletedAt is null"
                                + " order by q.name",
                        Queue.class)
                .setParameter("period", period)
                .getResultList();
    }

    /** How many queues in use each period has, by period id. */
    public Map<Long, Long> queueCounts() {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select q.workingHoursPeriod.id, count(q) from Queue q where q.deletedAt is null"
                                + " group by q.workingHoursPeriod.id",
                        Object[].class)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** What a period tells a conversation's intake: when its queue is open, and what happens outside those hours. */
    public record StoredHours(BusinessCalendar calendar, String awayMessage, boolean closeAfterAwayMessage) {}

    /**
     * A period as stored, from what this instance derived under the configuration's revision (each period read once
     * per revision), so that a new conversation reads neither its queue's period nor its intervals and holidays.
     */
    public StoredHours stored(long periodId) {
        Map<Long, StoredHours> periods =
                cache.get("working-hours", revisions.current().configuration(), ConcurrentHashMap::new);
        StoredHours known = periods.get(periodId);
        if (known == null) {
            WorkingHoursPeriod period = find(periodId);
            known = new StoredHours(calendar(period), period.getAwayMessage(), period.isCloseAfterAwayMessage());
            periods.put(periodId, known);
        }
        return known;
    }

    /** The business calendar of a period. */
    public static BusinessCalendar calendar(WorkingHoursPeriod period) {
        Map<DayOfWeek, List<WorkingInterval>> days = new EnumMap<>(DayOfWeek.class);
        for (PeriodInterval interval : period.getIntervals()) {
            days.computeIfAbsent(interval.getDay(), d -> new ArrayList<>())
                    .add(new WorkingInterval(interval.getStart(), interval.getEnd(), interval.isEndsNextDay()));
        }
        List<Holiday> holidays = period.getHolidays().stream()
                .map(h -> new Holiday(h.getName(), h.getStartDate(), h.getEndDate()))
                .toList();
        return new BusinessCalendar(ZoneId.of(period.getTimeZone()), days, holidays);
    }

    private void apply(WorkingHoursPeriod period, PeriodDefinition definition) {
        List<PeriodInterval> intervals = new ArrayList<>();
        definition
                .days()
                .forEach((day, list) -> list.forEach(interval -> intervals.add(
                        new PeriodInterval(day, interval.start(), interval.end(), interval.endsNextDay()))));
        intervals.sort(Comparator.comparing(PeriodInterval::getDay).thenComparing(PeriodInterval::getStart));
        List<PeriodHoliday> holidays = definition.holidays().stream()
                .map(h -> new PeriodHoliday(h.name(), h.startDate(), h.endDate()))
                .sorted(Comparator.comparing(PeriodHoliday::getStartDate))
                .toList();
        period.define(
                definition.name(),
                definition.zone().getId(),
                intervals,
                holidays,
                definition.awayMessage(),
                definition.closeAfterAwayMessage());
    }

    // The unique marker allows one default: the old one is demoted and written first.
    private void makeDefault(WorkingHoursPeriod period) {
        WorkingHoursPeriod current = defaultPeriod();
        if (current.equals(period)) {
            return;
        }
        current.demote();
        em.flush();
        period.makeDefault();
    }

    private void requireFree(String name, WorkingHoursPeriod self) {
        em.createNamedQuery(WorkingHoursPeriod.BY_NAME, WorkingHoursPeriod.class)
                .setParameter("name", name)
                .getResultStream()
                .filter(p -> !p.equals(self))
                .findFirst()
                .ifPresent(p -> {
                    throw ConflictException.onField("name", "a working-hours period named '" + name + "' exists");
                });
    }
}
