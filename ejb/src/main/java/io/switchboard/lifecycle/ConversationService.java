package io.switchboard.lifecycle;

import io.switchboard.agents.Agent;
import io.switchboard.agents.AgentFreed;
import io.switchboard.agents.AgentKind;
import io.switchboard.agents.AgentPresence;
import io.switchboard.agents.AgentService;
import io.switchboard.assignment.AssignmentService;
import io.switchboard.assignment.AssignmentTrigger;
import io.switchboard.attributes.Masking;
import io.switchboard.bots.logic.BotRules;
import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderService;
import io.switchboard.conversations.AuthorKind;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationChanges;
import io.switchboard.conversations.ConversationEvent;
import io.switchboard.conversations.ConversationFilter;
import io.switchboard.conversations.ConversationOrder;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.ConversationSummary;
import io.switchboard.conversations.Message;
import io.switchboard.conversations.Note;
import io.switchboard.conversations.OutboundMessages;
import io.switchboard.conversations.Priority;
import io.switchboard.conversations.logic.Reach;
import io.switchboard.conversations.logic.SlaStanding;
import io.switchboard.conversations.logic.Topics;
import io.switchboard.forms.ConversationForm;
import io.switchboard.forms.Form;
import io.switchboard.forms.FormService;
import io.switchboard.forms.FormValue;
import io.switchboard.forms.logic.FieldValues;
import io.switchboard.people.Person;
import io.switchboard.people.PersonService;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.Page;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.queues.QueueService;
import io.switchboard.routing.Routing;
import io.switchboard.routing.RoutingDecisionRecord;
import io.switchboard.routing.RoutingTrigger;
import io.switchboard.sentiment.ConversationSentiment;
import io.switchboard.settings.SettingsService;
import io.switchboard.sla.ConversationSla;
import io.switchboard.sla.SlaBreach;
import io.switchboard.tags.Tag;
import io.switchboard.tags.TagService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Conversations after they started: reading, listing, status changes, assignment, transfers, re-routing and the
 * business's replies. Every change goes through {@link ConversationChanges}, which announces it.
 */
@Stateless
public class ConversationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    QueueService queues;

    @EJB
    FormService forms;

    @EJB
    AgentService agents;

    @EJB
    TagService tags;

    @EJB
    ConversationChanges changes;

    @EJB
    AssignmentService assignment;

    @EJB
    AgentPresence presence;

    @Inject
    Event<AgentFreed> freed;

    @EJB
    OutboundMessages outbound;

    @Inject
    QueueEntry queueEntry;

    @EJB
    Routing routing;

    @Inject
    SettingsService settings;

    @EJB
    PersonService people;

    @EJB
    SenderService senders;

    @EJB
    BotConversations bots;

    public Conversation find(long id) {
        Conversation conversation = em.find(Conversation.class, id);
        if (conversation == null) {
            throw new UnknownEntityException("conversation", id);
        }
        return conversation;
    }

    public List<Message> messages(long conversationId) {
        find(conversationId);
        return em.createNamedQuery(Message.OF_CONVERSATION, Message.class)
                .setParameter("conversationId", conversationId)
                .getResultList();
    }

    /**
     * The messages a reader sees, oldest first: an agent ({@code asAgent}) does not see the customer's messages with a
     * bot whose history toggle is off ("the Agent will not be able to view messages exchanged between the customer and
     * bot"); managers and supervisors see them all.
     */
    public List<Message> messages(long conversationId, boolean asAgent) {
        List<Message> all = messages(conversationId);
        if (!asAgent) {
            return all;
        }
        Optional<Instant> hiddenUntil = bots.hiddenFromAgentsUntil(conversationId);
        if (hiddenUntil.isEmpty()) {
            return all;
        }
        return all.stream()
                .filter(m -> BotRules.visibleToAgent(m.getCreatedAt(), false, hiddenUntil.get()))
                .toList();
    }

    /** In work order (priority, then longest waiting); a page beyond the end is empty. */
    public Page<Conversation> list(ConversationFilter filter, int page, int size) {
        return list(filter, Reach.EVERYTHING, ConversationOrder.WORK, page, size);
    }

    /** In the given order, ties in work order; a page beyond the end is empty. */
    public Page<Conversation> list(ConversationFilter filter, ConversationOrder order, int page, int size) {
        return list(filter, Reach.EVERYTHING, order, page, size);
    }

    /** In work order, only those within the caller's reach ({@link Reach}); a page beyond the end is empty. */
    public Page<Conversation> list(ConversationFilter filter, Reach reach, int page, int size) {
        return list(filter, reach, ConversationOrder.WORK, page, size);
    }

    /** In the given order, only those within the caller's reach; a page beyond the end is empty. */
    public Page<Conversation> list(
            ConversationFilter filter, Reach reach, ConversationOrder order, int page, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Conversation> select = cb.createQuery(Conversation.class);
        Root<Conversation> root = select.from(Conversation.class);
        // Every view of a conversation shows its queue and customer: load them in the same query.
        root.fetch("queue");
        root.fetch("person");
        boolean shortIds = filter.displayId() != null && settings.shortIdEnabled();
        Instant now = clock.instant();
        Long defaultFormId = filter.formId() == null ? null : defaultFormId();
        select.where(predicates(cb, select, root, filter, reach, shortIds, now, defaultFormId))
                .orderBy(orderBy(cb, root, order));
        TypedQuery<Conversation> query =
                em.createQuery(select).setFirstResult(page * size).setMaxResults(size);

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Conversation> counted = count.from(Conversation.class);
        count.select(cb.count(counted))
                .where(predicates(cb, count, counted, filter, reach, shortIds, now, defaultFormId));
        return new Page<>(
                query.getResultList(), page, size, em.createQuery(count).getSingleResult());
    }

    /**
     * The sort column first, then the work order: priority from Urgent down (a rank, as the names do not sort), then
     * the longest waiting (created earliest), then the id so that pages never overlap.
     */
    private List<Order> orderBy(CriteriaBuilder cb, Root<Conversation> root, ConversationOrder order) {
        Expression<Integer> rank = cb.<Integer>selectCase()
                .when(cb.equal(root.get("priority"), Priority.URGENT), 0)
                .when(cb.equal(root.get("priority"), Priority.HIGH), 1)
                .when(cb.equal(root.get("priority"), Priority.NORMAL), 2)
                .otherwise(3);
        List<Order> orders = new ArrayList<>();
        Expression<?> column = switch (order.key()) {
            case WORK -> null;
            case DISPLAY_ID -> settings.shortIdEnabled() ? root.get("shortId") : root.get("id");
            case STATUS -> root.get("status");
            // Ascending priority is lowest first: the rank runs the other way.
            case PRIORITY -> rank;
            case CHANNEL -> root.get("channel");
            case QUEUE -> root.get("queue").get("name");
            case CUSTOMER ->
                cb.concat(
                        cb.coalesce(root.get("person").<String>get("firstName"), ""),
                        cb.coalesce(root.get("person").<String>get("lastName"), ""));
            case CREATED -> root.get("createdAt");
            case UPDATED -> root.get("updatedAt");
            case ASSIGNEE -> root.join("assignee", JoinType.LEFT).get("name");
            case SLA_DUE -> root.get("slaDueAt");
        };
        if (order.key() == ConversationOrder.Key.SLA_DUE) {
            // Nulls last in both directions, the same on every database (their defaults differ).
            orders.add(cb.asc(cb.<Integer>selectCase()
                    .when(cb.isNull(root.get("slaDueAt")), 1)
                    .otherwise(0)));
        }
        if (column != null) {
            boolean ascending = order.key() == ConversationOrder.Key.PRIORITY ? !order.ascending() : order.ascending();
            orders.add(ascending ? cb.asc(column) : cb.desc(column));
        }
        orders.add(cb.asc(rank));
        orders.add(cb.asc(root.get("createdAt")));
        orders.add(cb.asc(root.get("id")));
        return orders;
    }

    private static Predicate[] predicates(
            CriteriaBuilder cb,
            CriteriaQuery<?> query,
            Root<Conversation> root,
            ConversationFilter filter,
            Reach reach,
            boolean shortIds,
            Instant now,
            Long defaultFormId) {
        List<Predicate> where = new ArrayList<>();
        within(cb, root, reach).ifPresent(where::add);
        if (filter.displayId() != null) {
            where.add(cb.equal(root.get(shortIds ? "shortId" : "id"), filter.displayId()));
        }
        if (filter.queueId() != null) {
            where.add(cb.equal(root.get("queue").get("id"), filter.queueId()));
        }
        if (filter.status() != null) {
            where.add(cb.equal(root.get("status"), filter.status()));
        }
        if (filter.priority() != null) {
            where.add(cb.equal(root.get("priority"), filter.priority()));
        }
        if (filter.channel() != null) {
            where.add(cb.equal(root.get("channel"), filter.channel()));
        }
        if (filter.shortId() != null) {
            where.add(cb.equal(root.get("shortId"), filter.shortId()));
        }
        if (filter.personId() != null) {
            where.add(cb.equal(root.get("person").get("id"), filter.personId()));
        }
        if (filter.createdFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("createdAt"), filter.createdFrom()));
        }
        if (filter.createdTo() != null) {
            where.add(cb.lessThan(root.get("createdAt"), filter.createdTo()));
        }
        if (filter.assigneeId() != null) {
            where.add(cb.equal(root.get("assignee").get("id"), filter.assigneeId()));
        }
        if (filter.tag() != null) {
            Subquery<Long> tagged = query.subquery(Long.class);
            Root<Conversation> same = tagged.from(Conversation.class);
            Join<Conversation, Tag> tags = same.join("tags");
            tagged.select(same.get("id")).where(cb.equal(same, root), cb.equal(tags.get("name"), filter.tag()));
            where.add(cb.exists(tagged));
        }
        if (filter.formId() != null) {
            where.add(hasForm(cb, query, root, filter.formId(), defaultFormId));
        }
        if (filter.fieldId() != null) {
            where.add(hasValue(cb, query, root, filter.fieldId(), filter.fieldValue()));
        }
        if (filter.sentiment() != null) {
            Subquery<Long> felt = query.subquery(Long.class);
            Root<ConversationSentiment> sentiment = felt.from(ConversationSentiment.class);
            felt.select(sentiment.get("conversationId"))
                    .where(
                            cb.equal(sentiment.get("conversationId"), root.get("id")),
                            cb.equal(sentiment.get("label"), filter.sentiment().name()),
                            cb.greaterThan(sentiment.get("messages"), 0));
            where.add(cb.exists(felt));
        }
        if (filter.botsOnly()) {
            where.add(cb.equal(root.get("assignee").get("kind"), AgentKind.BOT));
        }
        if (filter.slaStanding() != null) {
            where.add(standing(cb, query, root, filter.slaStanding(), now));
        }
        return where.toArray(Predicate[]::new);
    }

    private Long defaultFormId() {
        return em.createNamedQuery(Form.DEFAULT, Form.class)
                .getResultStream()
                .findFirst()
                .map(Form::getId)
                .orElse(null);
    }

    /** The conversation has the form: assigned or chosen, or the default when it has none assigned. */
    private static Predicate hasForm(
            CriteriaBuilder cb, CriteriaQuery<?> query, Root<Conversation> root, long formId, Long defaultFormId) {
        Subquery<Long> assigned = query.subquery(Long.class);
        Root<ConversationForm> f = assigned.from(ConversationForm.class);
        assigned.select(f.get("conversationId"))
                .where(cb.equal(f.get("conversationId"), root.get("id")), cb.equal(f.get("formId"), formId));
        Predicate thisOne = cb.exists(assigned);
        if (defaultFormId == null || defaultFormId != formId) {
            return thisOne;
        }
        Subquery<Long> any = query.subquery(Long.class);
        Root<ConversationForm> a = any.from(ConversationForm.class);
        any.select(a.get("conversationId")).where(cb.equal(a.get("conversationId"), root.get("id")));
        return cb.or(thisOne, cb.not(cb.exists(any)));
    }

    /** A value in the field; equal to {@code value} ignoring case, or a dropdown value under it, when given. */
    private static Predicate hasValue(
            CriteriaBuilder cb, CriteriaQuery<?> query, Root<Conversation> root, long fieldId, String value) {
        Subquery<Long> filled = query.subquery(Long.class);
        Root<FormValue> v = filled.from(FormValue.class);
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(v.get("conversationId"), root.get("id")));
        where.add(cb.equal(v.get("fieldId"), fieldId));
        if (value != null) {
            String wanted = value.toLowerCase(java.util.Locale.ROOT);
            String under = FieldValues.subValuePattern(wanted);
            where.add(
                    cb.or(cb.equal(cb.lower(v.get("value")), wanted), cb.like(cb.lower(v.get("value")), under, '\\')));
        }
        filled.select(v.get("id")).where(where.toArray(Predicate[]::new));
        return cb.exists(filled);
    }

    /**
     * {@link SlaStanding} as a query condition. Breached is a recorded breach (the SLA deadline records it at the due
     * time): one semi-join, where also matching clocks overdue but not yet recorded would make the planner scan.
     */
    private static Predicate standing(
            CriteriaBuilder cb, CriteriaQuery<?> query, Root<Conversation> root, SlaStanding wanted, Instant now) {
        Subquery<Long> breach = query.subquery(Long.class);
        Root<SlaBreach> b = breach.from(SlaBreach.class);
        breach.select(b.get("id")).where(cb.equal(b.get("conversationId"), root.get("id")));
        Predicate breached = cb.exists(breach);
        return switch (wanted) {
            case BREACHED -> breached;
            case AT_RISK ->
                cb.and(cb.not(breached), cb.exists(dueWithin(cb, query, root, now, SlaStanding.riskEnd(now))));
            case ON_TRACK ->
                cb.and(
                        cb.not(breached),
                        cb.not(cb.exists(dueWithin(cb, query, root, null, SlaStanding.riskEnd(now)))),
                        cb.exists(dueWithin(cb, query, root, null, null)));
            case NONE -> cb.and(cb.not(cb.exists(breach)), cb.not(cb.exists(dueWithin(cb, query, root, null, null))));
        };
    }

    // The conversation's running SLA clocks next due after {@code after} (exclusive) and up to {@code upTo}.
    private static Subquery<Long> dueWithin(
            CriteriaBuilder cb, CriteriaQuery<?> query, Root<Conversation> root, Instant after, Instant upTo) {
        Subquery<Long> due = query.subquery(Long.class);
        Root<ConversationSla> sla = due.from(ConversationSla.class);
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(sla.get("conversationId"), root.get("id")));
        where.add(cb.isNotNull(sla.get("nextDueAt")));
        if (after != null) {
            where.add(cb.greaterThan(sla.<Instant>get("nextDueAt"), after));
        }
        if (upTo != null) {
            where.add(cb.lessThanOrEqualTo(sla.<Instant>get("nextDueAt"), upTo));
        }
        due.select(sla.get("conversationId")).where(where.toArray(Predicate[]::new));
        return due;
    }

    /** The reach rule as a query condition: the same conversations {@link Reach#reaches} accepts. */
    private static Optional<Predicate> within(CriteriaBuilder cb, Root<Conversation> root, Reach reach) {
        switch (reach.kind()) {
            case EVERYTHING:
                return Optional.empty();
            case NOTHING:
                return Optional.of(cb.disjunction());
            default:
                Join<Conversation, Agent> assignee = root.join("assignee", JoinType.LEFT);
                Predicate theirs =
                        reach.agentId() == null ? cb.disjunction() : cb.equal(assignee.get("id"), reach.agentId());
                if (reach.kind() == Reach.Kind.BOT) {
                    return Optional.of(theirs);
                }
                Predicate unassignedInTheirQueues = cb.and(
                        cb.isNull(assignee.get("id")),
                        root.get("queue").get("id").in(reach.unassignedQueues()));
                return Optional.of(cb.or(theirs, unassignedInTheirQueues));
        }
    }

    /** Changes the status; Closed is final. */
    public Conversation changeStatus(long id, ConversationStatus status) {
        Conversation conversation = lockedOpen(id);
        boolean occupied = conversation.getAssignee() != null && assignment.occupies(conversation.getStatus());
        changes.changeStatus(conversation, status, clock.instant());
        if (occupied && !assignment.occupies(status)) {
            freed.fire(new AgentFreed(conversation.getAssignee().getId()));
        }
        return conversation;
    }

    /**
     * Assigns directly, without routing: the agent must be enabled, work in the conversation's queue and not be in an
     * Unavailable status (Busy and Away agents receive transferred conversations).
     * <p>
     * The queue rule stays although a supervisor might expect any agent to be assignable with the conversation's
     * queue following them: the guide never moves a queue for an assignee, and keeps the opposite invariant, "If the
     * agent is not assigned to the new queue, they are unassigned from the conversation" when the queue changes. An
     * agent who works in several queues would also leave the target queue (and its SLA policy and working hours)
     * undecided. Every agent works in the Default queue, so a conversation there goes to anyone; elsewhere, move the
     * conversation to the agent's queue first.
     */
    public Conversation assign(long id, Long agentId) {
        Conversation conversation = lockedOpen(id);
        Agent agent = agentId == null ? null : agents.find(agentId);
        if (agent != null && !agent.isEnabled()) {
            throw new ConflictException("agent " + agent.getName() + " is disabled");
        }
        if (agent != null && !agent.worksIn(conversation.getQueue())) {
            throw new ConflictException("agent " + agent.getName() + " does not work in queue '"
                    + conversation.getQueue().getName() + "'");
        }
        Agent previous = conversation.getAssignee();
        // "transferred to the agent by invoking the Change conversation assignment endpoint": the bot's hand-over.
        if ((agent == null || agent.getKind() != AgentKind.BOT) && bots.handOver(conversation)) {
            changes.handedOver(conversation, clock.instant());
        }
        if (agent == null) {
            changes.assign(conversation, null, clock.instant());
        } else {
            assignment.assignDirectly(conversation, agent);
        }
        if (previous != null && !previous.equals(agent)) {
            freed.fire(new AgentFreed(previous.getId()));
        }
        if (agent == null) {
            assignment.assign(conversation, AssignmentTrigger.UNASSIGNED);
        }
        return conversation;
    }

    public Conversation changePriority(long id, Priority priority) {
        Conversation conversation = lockedOpen(id);
        changes.changePriority(conversation, priority, clock.instant());
        return conversation;
    }

    /** Sets the topic or email subject (400 {@code topic} when blank or longer than an email subject may be). */
    public Conversation changeTopic(long id, String topic) {
        String checked = Topics.checked("topic", topic);
        Conversation conversation = lockedOpen(id);
        changes.changeTopic(conversation, checked, clock.instant());
        return conversation;
    }

    /**
     * Links the conversation to another customer (person): 404 for an unknown person, 409 when that person already
     * has an open conversation on the same sender (merge them instead: one open conversation per customer and
     * sender). The same customer again changes nothing and raises no event.
     */
    public Conversation changeCustomer(long id, long personId) {
        Person person = people.find(personId);
        Conversation conversation = lockedOpen(id);
        if (!person.getId().equals(conversation.getPerson().getId())) {
            String key = Conversation.openKey(person, conversation.getSender());
            em.createNamedQuery(Conversation.OPEN_BY_KEY, Conversation.class)
                    .setParameter("openKey", key)
                    .getResultStream()
                    .findFirst()
                    .ifPresent(other -> {
                        throw new ConflictException("person " + personId + " already has open conversation "
                                + other.getId() + " on this sender; merge the conversations instead");
                    });
        }
        changes.changeCustomer(conversation, person, clock.instant());
        return conversation;
    }

    /** Puts a defined tag on the conversation (adding it twice changes nothing). */
    public Conversation tag(long id, String tagName) {
        Conversation conversation = lockedOpen(id);
        changes.tag(
                conversation,
                tags.findByName(tagName)
                        .orElseThrow(() -> new InvalidInputException("tag", "no tag is named '" + tagName + "'")));
        return conversation;
    }

    public Conversation untag(long id, String tagName) {
        Conversation conversation = lockedOpen(id);
        tags.findByName(tagName).ifPresent(tag -> changes.untag(conversation, tag));
        return conversation;
    }

    /** The metadata (a JSON object) as a caller under this masking may see it. */
    public String metadata(long id, Masking masking) {
        return MetadataMasking.show(find(id).getMetadata(), masking);
    }

    /**
     * Replaces the metadata with a JSON object (already checked to be one) as a caller under this masking writes it:
     * masked values sent back keep the stored ones; a caller who sees masks cannot change a sensitive key.
     */
    public Conversation replaceMetadata(long id, String jsonObject, Masking masking) {
        Conversation conversation = lockedOpen(id);
        changes.replaceMetadata(
                conversation,
                MetadataMasking.written(conversation.getMetadata(), jsonObject, masking),
                clock.instant());
        return conversation;
    }

    /** Replaces the metadata with a JSON object (already checked to be one). */
    public Conversation replaceMetadata(long id, String jsonObject) {
        Conversation conversation = lockedOpen(id);
        changes.replaceMetadata(conversation, jsonObject, clock.instant());
        return conversation;
    }

    public Note addNote(long id, String author, String text) {
        Note note = changes.addNote(find(id), author, text, clock.instant());
        em.flush();
        return note;
    }

    public List<Note> notes(long id) {
        find(id);
        return em.createNamedQuery(Note.OF_CONVERSATION, Note.class)
                .setParameter("conversationId", id)
                .getResultList();
    }

    /**
     * Moves the conversation to a queue in use. Its agent stays if they work in the new queue; otherwise it is
     * unassigned and automatic assignment runs on the new queue.
     */
    public Conversation moveToQueue(long id, long queueId) {
        Conversation conversation = lockedOpen(id);
        changes.moveTo(conversation, queues.lockForMove(queueId), clock.instant());
        Agent assignee = conversation.getAssignee();
        if (assignee != null && !assignee.worksIn(conversation.getQueue())) {
            changes.assign(conversation, null, clock.instant());
            freed.fire(new AgentFreed(assignee.getId()));
        }
        queueEntry.entered(conversation, AssignmentTrigger.QUEUE_CHANGE);
        return conversation;
    }

    /**
     * Routes an open conversation again, as a bot does to hand it over to agents: a bot assignee is removed first,
     * then routing runs on the customer's latest message.
     */
    public RoutingDecisionRecord reroute(long id) {
        return reroute(id, List.of());
    }

    /**
     * The bot's handover with tags for routing (e.g. the customer's intent): the tags are put on the conversation
     * before routing runs, so the routes' tag conditions see them. An unknown tag refuses the whole handover.
     */
    public RoutingDecisionRecord reroute(long id, List<String> tagNames) {
        Conversation conversation = lockedOpen(id);
        List<Tag> given = tags.named(tagNames);
        if (conversation.getAssignee() != null && conversation.getAssignee().getKind() == AgentKind.BOT) {
            changes.assign(conversation, null, clock.instant());
        }
        bots.handOver(conversation);
        given.forEach(tag -> changes.tag(conversation, tag));
        RoutingDecisionRecord decision = routing.routeAgain(conversation, RoutingTrigger.ROUTE_REQUEST);
        forms.assign(conversation, false);
        // The route request is the bot's handover: SLA clocks that exclude automation start here.
        changes.handedOver(conversation, clock.instant());
        queueEntry.entered(conversation, AssignmentTrigger.BOT_HANDOVER);
        return decision;
    }

    /** A bot's message (the guide's x-agent-id): the agent must be an enabled bot. */
    public Message replyAsBot(long id, long botId, String text) {
        Agent bot;
        try {
            bot = agents.find(botId);
        } catch (UnknownEntityException e) {
            throw new InvalidInputException("x-agent-id", "agent " + botId + " does not exist");
        }
        if (bot.getKind() != AgentKind.BOT || !bot.isEnabled()) {
            throw new InvalidInputException("x-agent-id", "agent " + botId + " is not an enabled bot");
        }
        Conversation conversation = lockedOpen(id);
        // "The bot will not receive any further inbound messages ... and it will not be able to send any outbound".
        boolean lostIt = conversation.getPastAssigneeIds().contains(botId)
                && (conversation.getAssignee() == null
                        || !conversation.getAssignee().getId().equals(botId));
        if (handedOver(conversation) || lostIt) {
            throw new ConflictException("conversation " + id + " was handed over to agents; bot " + bot.getName()
                    + " can no longer write in it");
        }
        return outbound.write(conversation, AuthorKind.BOT, bot.getName(), text, clock.instant());
    }

    private boolean handedOver(Conversation conversation) {
        return !em.createQuery(
                        "select e.id from ConversationEvent e where e.conversationId = :id and e.kind = :kind",
                        Long.class)
                .setParameter("id", conversation.getId())
                .setParameter("kind", ConversationEvent.Kind.BOT_HANDOVER)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** A reply from the business, written by an agent (or, later, a bot), on the conversation's channel. */
    public Message reply(long id, AuthorKind authorKind, String author, String text) {
        return reply(id, authorKind, author, text, null);
    }

    /**
     * A reply from another of the business's senders ({@code senderId}; null: the conversation's own), e.g. over
     * another channel of the customer's: 400 naming {@code senderId} for an unknown sender, 409 when the customer
     * has no address on its channel.
     */
    public Message reply(long id, AuthorKind authorKind, String author, String text, Long senderId) {
        Sender via = null;
        if (senderId != null) {
            try {
                via = senders.find(senderId);
            } catch (UnknownEntityException e) {
                throw new InvalidInputException("senderId", "no sender has the id " + senderId);
            }
        }
        Conversation conversation = lockedOpen(id);
        Message message = via == null
                ? outbound.write(conversation, authorKind, author, text, clock.instant())
                : outbound.write(conversation, via, authorKind, author, text, clock.instant());
        if (authorKind == AuthorKind.AGENT) {
            // A reply is the agent's activity: the inactivity sweep leaves them signed in.
            presence.activityOf(author);
        }
        return message;
    }

    /**
     * Merges another open conversation of the same customer into this one: the other closes (freeing its agent's
     * capacity) and this one's history shows its messages; its tags join this one's.
     */
    public Conversation merge(long id, long otherId) {
        if (id == otherId) {
            throw new InvalidInputException("conversationId", "must be another conversation than " + id);
        }
        // Lock both rows in id order, so that two merges of the same pair cannot deadlock.
        Conversation first = lockedOpen(Math.min(id, otherId));
        Conversation second = lockedOpen(Math.max(id, otherId));
        Conversation target = first.getId() == id ? first : second;
        Conversation source = target == first ? second : first;
        if (!source.getPerson().getId().equals(target.getPerson().getId())) {
            throw new ConflictException(
                    "conversation " + otherId + " is another customer's; only one customer's conversations merge");
        }
        Agent freedAgent =
                source.getAssignee() != null && assignment.occupies(source.getStatus()) ? source.getAssignee() : null;
        changes.merge(source, target, clock.instant());
        if (freedAgent != null) {
            freed.fire(new AgentFreed(freedAgent.getId()));
        }
        return target;
    }

    /** The conversations merged into this one, oldest first. */
    public List<Long> mergedInto(long id) {
        return em.createQuery(
                        "select c.id from Conversation c where c.mergedIntoId = :id order by c.createdAt, c.id",
                        Long.class)
                .setParameter("id", id)
                .getResultList();
    }

    // The row lock orders a reply and a concurrent close: a message is never stored after the close committed.
    private Conversation lockedOpen(long id) {
        Conversation conversation = em.find(Conversation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null) {
            throw new UnknownEntityException("conversation", id);
        }
        if (conversation.isClosed()) {
            throw new ConflictException("conversation " + id + " is closed; closed conversations are final");
        }
        return conversation;
    }

    /** The page {@link #list} gives, as screens show it (read while the transaction is open). */
    public Page<ConversationSummary> summaries(ConversationFilter filter, ConversationOrder order, int page, int size) {
        Page<Conversation> found = list(filter, order, page, size);
        return new Page<>(summarize(found.items()), page, size, found.total());
    }

    /** One conversation as screens show it. */
    public ConversationSummary summary(long id) {
        return summarize(List.of(find(id))).get(0);
    }

    // With their SLA: two queries for the whole page.
    private List<ConversationSummary> summarize(List<Conversation> found) {
        boolean shortIds = settings.shortIdEnabled();
        List<Long> ids = found.stream().map(Conversation::getId).toList();
        Map<Long, Instant> due = new HashMap<>();
        Set<Long> breached = new HashSet<>();
        if (!ids.isEmpty()) {
            em.createQuery(
                            "select s.conversationId, s.nextDueAt from ConversationSla s where s.conversationId in :ids"
                                    + " and s.nextDueAt is not null",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> due.put((Long) row[0], (Instant) row[1]));
            breached.addAll(em.createQuery(
                            "select distinct b.conversationId from SlaBreach b where b.conversationId in :ids",
                            Long.class)
                    .setParameter("ids", ids)
                    .getResultList());
        }
        return found.stream()
                .map(c -> new ConversationSummary(c, shortIds, due.get(c.getId()), breached.contains(c.getId())))
                .toList();
    }
}
