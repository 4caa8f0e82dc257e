package io.switchboard.sla;

import io.switchboard.forms.Form;
import io.switchboard.forms.logic.FieldValues;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.Page;
import io.switchboard.platform.UnknownEntityException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** The breach report: paged, and exported as CSV by a batch job. */
@Stateless
public class SlaReports {

    public static final String EXPORT_JOB = "sla-breach-export";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<BreachExportStarter.Requested> exportRequested;

    public Page<SlaBreach> breaches(BreachFilter filter, int page, int size) {
        return breaches(filter, page, size, BreachOrder.DUE, false);
    }

    /** One page of the report in the order of one of its columns. */
    public Page<SlaBreach> breaches(BreachFilter filter, int page, int size, BreachOrder order, boolean descending) {
        List<SlaBreach> items = query(filter, "select b from SlaBreach b", order.clause(descending), SlaBreach.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        long total = query(filter, "select count(b) from SlaBreach b", "", Long.class)
                .getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** The breaches of the filter with ids above {@code afterId}, in id order: one chunk of an export. */
    public List<SlaBreach> chunk(BreachFilter filter, long afterId, int size) {
        return query(filter, "select b from SlaBreach b", " order by b.id", SlaBreach.class, afterId)
                .setMaxResults(size)
                .getResultList();
    }

    /** Starts a CSV export of the report; the job fills it in. */
    public SlaBreachExport startExport(BreachFilter filter, String requestedBy) {
        // An export of an unknown queue or agent is refused before anything is stored.
        requireExisting("queue", "Queue", filter.queueId());
        requireExisting("agent", "Agent", filter.agentId());
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new InvalidInputException("to", "must not be before from");
        }
        SlaBreachExport export = new SlaBreachExport(filter.describe(), BreachCsv.HEADER, requestedBy, clock.instant());
        em.persist(export);
        em.flush();
        Properties parameters = filter.toProperties();
        parameters.setProperty("exportId", export.getId().toString());
        exportRequested.fire(new BreachExportStarter.Requested(parameters));
        return export;
    }

    // By entity name: the report names agents without depending on their package.
    private void requireExisting(String field, String entity, Long id) {
        if (id == null) {
            return;
        }
        if (id <= 0) {
            throw new InvalidInputException(field, "must be a positive id");
        }
        long found = em.createQuery("select count(e) from " + entity + " e where e.id = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        if (found == 0) {
            throw new UnknownEntityException(field, id);
        }
    }

    public SlaBreachExport export(long id) {
        SlaBreachExport export = em.find(SlaBreachExport.class, id);
        if (export == null) {
            throw new UnknownEntityException("export", id);
        }
        return export;
    }

    private <T> TypedQuery<T> query(BreachFilter f, String select, String order, Class<T> type) {
        return query(f, select, order, type, null);
    }

    private <T> TypedQuery<T> query(BreachFilter f, String select, String order, Class<T> type, Long afterId) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (f.queueId() != null) {
            where.append(" and b.queueId = :queue");
        }
        if (f.agentId() != null) {
            where.append(" and b.agentId = :agent");
        }
        if (f.severity() != null) {
            where.append(" and b.severityName = :severity");
        }
        if (f.metric() != null) {
            where.append(" and b.metric = :metric");
        }
        if (f.from() != null) {
            where.append(" and b.dueAt >= :from");
        }
        if (f.to() != null) {
            where.append(" and b.dueAt < :to");
        }
        // The conversation has the form (assigned or chosen; the default form where none is), as All Work filters.
        Long defaultFormId = f.formId() == null ? null : defaultFormId();
        if (f.formId() != null) {
            where.append(" and (exists (select c.conversationId from ConversationForm c"
                    + " where c.conversationId = b.conversationId and c.formId = :form)");
            if (f.formId().equals(defaultFormId)) {
                where.append(" or not exists (select a.conversationId from ConversationForm a"
                        + " where a.conversationId = b.conversationId)");
            }
            where.append(")");
        }
        if (f.fieldId() != null) {
            where.append(" and exists (select v.id from FormValue v where v.conversationId = b.conversationId"
                    + " and v.fieldId = :field");
            if (f.fieldValue() != null) {
                where.append(" and (lower(v.value) = :fieldValue or lower(v.value) like :subValues escape '\\')");
            }
            where.append(")");
        }
        // The label stored with the conversation's score (SentimentLabel's bands, as All Work filters by it); a
        // conversation none of whose messages has a score yet has no label.
        if (f.sentiment() != null) {
            where.append(" and exists (select s.conversationId from ConversationSentiment s"
                    + " where s.conversationId = b.conversationId and s.label = :sentiment and s.messages > 0)");
        }
        if (afterId != null) {
            where.append(" and b.id > :after");
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (f.queueId() != null) {
            query.setParameter("queue", f.queueId());
        }
        if (f.agentId() != null) {
            query.setParameter("agent", f.agentId());
        }
        if (f.severity() != null) {
            query.setParameter("severity", f.severity());
        }
        if (f.metric() != null) {
            query.setParameter("metric", f.metric());
        }
        if (f.from() != null) {
            query.setParameter("from", f.from());
        }
        if (f.to() != null) {
            query.setParameter("to", f.to());
        }
        if (f.formId() != null) {
            query.setParameter("form", f.formId());
        }
        if (f.fieldId() != null) {
            query.setParameter("field", f.fieldId());
            if (f.fieldValue() != null) {
                query.setParameter("fieldValue", f.fieldValue().toLowerCase(Locale.ROOT));
                query.setParameter("subValues", FieldValues.subValuePattern(f.fieldValue()));
            }
        }
        if (f.sentiment() != null) {
            query.setParameter("sentiment", f.sentiment().name());
        }
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return query;
    }

    private Long defaultFormId() {
        return em.createNamedQuery(Form.DEFAULT, Form.class)
                .getResultStream()
                .findFirst()
                .map(Form::getId)
                .orElse(null);
    }
}
