package io.switchboard.lifecycle.workspace;

import io.switchboard.agents.Agent;
import io.switchboard.agents.AgentKind;
import io.switchboard.agents.AgentPresence;
import io.switchboard.agents.AgentService;
import io.switchboard.agents.AgentState;
import io.switchboard.agents.AgentStatus;
import io.switchboard.agents.AgentStatuses;
import io.switchboard.agents.AgentWorkloads;
import io.switchboard.agents.VoiceState;
import io.switchboard.agents.logic.AgentLoad;
import io.switchboard.assignment.AssignmentDecision;
import io.switchboard.assignment.AssignmentService;
import io.switchboard.attributes.AttributeOwner;
import io.switchboard.attributes.AttributeService;
import io.switchboard.attributes.Masking;
import io.switchboard.channels.Channel;
import io.switchboard.channels.ChannelGroup;
import io.switchboard.channels.Sender;
import io.switchboard.conversations.Attachment;
import io.switchboard.conversations.AuthorKind;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationFilter;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.Direction;
import io.switchboard.conversations.DisplayIds;
import io.switchboard.conversations.Message;
import io.switchboard.conversations.Note;
import io.switchboard.conversations.Priority;
import io.switchboard.conversations.logic.Reach;
import io.switchboard.conversations.logic.Unread;
import io.switchboard.forms.ConversationFormService;
import io.switchboard.forms.ConversationFormState;
import io.switchboard.lifecycle.ConversationReach;
import io.switchboard.lifecycle.ConversationService;
import io.switchboard.lifecycle.OutboundConversations;
import io.switchboard.lifecycle.macros.MacroApplication;
import io.switchboard.macros.Macro;
import io.switchboard.macros.MacroService;
import io.switchboard.people.Person;
import io.switchboard.people.PersonContact;
import io.switchboard.people.PersonDetails;
import io.switchboard.people.PersonService;
import io.switchboard.platform.ForbiddenException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.queues.Queue;
import io.switchboard.routing.Routing;
import io.switchboard.settings.SettingsService;
import io.switchboard.sla.SlaTracker;
import io.switchboard.sla.logic.MetricState;
import io.switchboard.sla.logic.SlaCountdown;
import io.switchboard.users.Role;
import io.switchboard.users.User;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The agent's workspace (My Work and the conversation view) on top of the engine: every read and action goes through
 * the caller's {@link Reach} (out of reach: "no such conversation", as the API's 404) and then through
 * {@link ConversationService}, so the screens follow the API's rules (roles, capacity, statuses, closed is final).
 * A reader is a signed-in user: their name and roles.
 */
@Stateless
public class AgentWorkspace {

    /** Open work an inbox lists at most, in work order. */
    static final int INBOX_SIZE = 200;

    private static final int PREVIEW_LENGTH = 80;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    ConversationService conversations;

    @EJB
    ConversationReach reaches;

    @EJB
    ConversationFormService forms;

    @EJB
    MacroService macros;

    @EJB
    MacroApplication macroApplication;

    @EJB
    AgentService agents;

    @EJB
    AgentPresence presence;

    @EJB
    AgentStatuses statuses;

    @Inject
    AgentWorkloads workloads;

    @EJB
    AttributeService attributes;

    @Inject
    SettingsService settings;

    @EJB
    SlaTracker sla;

    @EJB
    AssignmentService assignment;

    @EJB
    PersonService people;

    @EJB
    OutboundConversations outbound;

    @EJB
    Routing routing;

    @EJB
    ReadMarks readMarks;

    private static final Logger LOG = Logger.getLogger(AgentWorkspace.class.getName());

    /** The reader's reach for reading or for changing. */
    public Reach reach(Set<Role> roles, String username, boolean writing) {
        return reaches.of(roles, username, null, writing);
    }

    /** The reader's agent record, if they are an agent. */
    public Optional<Long> agentOf(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return agents.ofUsername(username)
                .filter(a -> a.getKind() == AgentKind.HUMAN)
                .map(Agent::getId);
    }

    /** The reader's assigned conversations (Open, Waiting, Solved) in work order: priority, then longest waiting. */
    public List<WorkItem> inbox(Set<Role> roles, String username) {
        Optional<Long> agent = agentOf(username);
        if (agent.isEmpty()) {
            return List.of();
        }
        return items(notClosed(agent.get(), reach(roles, username, false)), roles, agent.get());
    }

    /** Unassigned open conversations of the reader's queues (and the Default queue) they may take, in work order. */
    public List<WorkItem> takeable(Set<Role> roles, String username) {
        Reach reach = reach(roles, username, true);
        Optional<Long> agent = agentOf(username);
        if (reach.kind() != Reach.Kind.AGENT || agent.isEmpty()) {
            return List.of();
        }
        return items(
                notClosed(null, reach).stream()
                        .filter(c -> c.getAssignee() == null)
                        .toList(),
                roles,
                agent.get());
    }

    /**
     * Open, Waiting and Solved conversations within reach (of one assignee, or any), in work order: one query per
     * status so that closed history never crowds out open work.
     */
    private List<Conversation> notClosed(Long assigneeId, Reach reach) {
        List<Conversation> found = new ArrayList<>();
        for (ConversationStatus status :
                List.of(ConversationStatus.OPEN, ConversationStatus.WAITING, ConversationStatus.SOLVED)) {
            found.addAll(conversations
                    .list(
                            new ConversationFilter(null, status, null, null, null, null, null, null, assigneeId, null),
                            reach,
                            0,
                            INBOX_SIZE)
                    .items());
        }
        found.sort(WORK_ORDER);
        return found;
    }

    /** The engine's work order (ConversationOrder.WORK): the highest priority, then the longest waiting. */
    static final Comparator<Conversation> WORK_ORDER = Comparator.comparing(
                    (Conversation c) -> c.getPriority().ordinal(), Comparator.reverseOrder())
            .thenComparing(Conversation::getCreatedAt)
            .thenComparing(Conversation::getId);

    private List<WorkItem> items(List<Conversation> found, Set<Role> roles, long agentId) {
        boolean shortIds = settings.shortIdEnabled();
        Masking masking = attributes.maskingFor(roles);
        Instant now = clock.instant();
        List<Long> ids = found.stream().map(Conversation::getId).toList();
        Map<Long, Instant> customerWrote = lastCustomerMessages(ids);
        Map<Long, Instant> read = readMarks.of(agentId, ids);
        List<WorkItem> items = new ArrayList<>();
        for (Conversation c : found) {
            Optional<Message> last = em.createQuery(
                            "select m from Message m where m.conversation.id = :id order by m.createdAt desc, m.id desc",
                            Message.class)
                    .setParameter("id", c.getId())
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst();
            // A customer who gave no name is known by the address they wrote from.
            String customer = c.getPerson().displayName();
            if (customer == null) {
                customer = last.filter(m -> m.getDirection() == io.switchboard.conversations.Direction.INBOUND)
                        .map(Message::getFrom)
                        .orElse(null);
            }
            items.add(new WorkItem(
                    c.getId(),
                    DisplayIds.of(c, shortIds),
                    customer,
                    c.getChannel(),
                    c.getQueue().getName(),
                    c.getStatus(),
                    c.getPriority(),
                    last.map(m -> preview(m, masking)).orElse(""),
                    Unread.of(customerWrote.get(c.getId()), read.get(c.getId())),
                    countdown(sla.state(c.getId()).clocks(), now),
                    c.getCreatedAt()));
        }
        return items;
    }

    /** When the customer last wrote in each of these conversations (none: never). */
    private Map<Long, Instant> lastCustomerMessages(List<Long> ids) {
        Map<Long, Instant> wrote = new HashMap<>();
        if (ids.isEmpty()) {
            return wrote;
        }
        // The newest row itself, not max(): an aggregate bypasses the Instant converter on PostgreSQL.
        em.createQuery(
                        "select m.conversation.id, m.createdAt from Message m where m.conversation.id in :ids"
                                + " and m.direction = :inbound and m.createdAt = (select max(n.createdAt) from Message n"
                                + " where n.conversation = m.conversation and n.direction = :inbound)",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("inbound", Direction.INBOUND)
                .getResultList()
                .forEach(row -> wrote.put((Long) row[0], (Instant) row[1]));
        return wrote;
    }

    private static String preview(Message m, Masking masking) {
        String text = masking.showContent(m.isSensitive(), m.getText());
        if (text == null || text.isBlank()) {
            return m.getAttachments().isEmpty() ? "" : "[" + m.getAttachments().size() + " attachment(s)]";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= PREVIEW_LENGTH ? line : line.substring(0, PREVIEW_LENGTH - 1) + "…";
    }

    /** The clock that runs out first; a breached clock still open says by how much. */
    static SlaCountdown countdown(List<MetricState> clocks, Instant now) {
        Optional<MetricState> next = clocks.stream()
                .filter(c -> c.status() == MetricState.Status.RUNNING && c.due() != null)
                .min(Comparator.comparing(MetricState::due));
        if (next.isPresent()) {
            return SlaCountdown.of(next.get().due(), next.get().target(), now);
        }
        return clocks.stream()
                .filter(c -> c.status() == MetricState.Status.BREACHED && c.endedAt() == null)
                .max(Comparator.comparing(MetricState::breachedBy))
                // Still open: the page goes on counting how late it is.
                .map(c -> c.due() != null
                        ? SlaCountdown.of(c.due(), c.target(), now)
                        : SlaCountdown.breachedBy(c.breachedBy()))
                .orElse(SlaCountdown.NONE);
    }

    /** One conversation within the reader's reach, as the conversation view shows it; out of reach it does not exist. */
    public ConversationDetail open(long id, Set<Role> roles, String username) {
        Reach readerReach = reach(roles, username, false);
        Conversation c = reaches.reachable(id, readerReach);
        boolean asAgent = readerReach.kind() == Reach.Kind.AGENT;
        Masking masking = attributes.maskingFor(roles);
        Optional<Long> agent = agentOf(username);
        ConversationDetail d = new ConversationDetail();
        d.id = c.getId();
        d.displayId = DisplayIds.of(c, settings.shortIdEnabled());
        d.status = c.getStatus();
        d.priority = c.getPriority();
        d.channel = c.getChannel();
        d.queueId = c.getQueue().getId();
        d.queueName = c.getQueue().getName();
        d.assigneeId = c.getAssignee() == null ? null : c.getAssignee().getId();
        d.assigneeName = c.getAssignee() == null ? null : c.getAssignee().getName();
        d.assignedToReader =
                d.assigneeId != null && agent.isPresent() && agent.get().equals(d.assigneeId);
        d.customerName = c.getPerson().displayName();
        d.senderId = c.getSender().getId();
        d.senderName = c.getSender().getName() == null
                ? c.getSender().getAddress()
                : c.getSender().getName() + " (" + c.getSender().getAddress() + ")";
        d.createdAt = c.getCreatedAt();
        d.tags = c.getTags().stream().map(t -> t.getName()).sorted().toList();
        List<Message> messages = new ArrayList<>(conversations.messages(id, asAgent));
        List<Note> notes = new ArrayList<>(conversations.notes(id));
        // The history of conversations merged into this one goes on here.
        for (long merged : conversations.mergedInto(id)) {
            messages.addAll(conversations.messages(merged, asAgent));
            notes.addAll(conversations.notes(merged));
        }
        d.entries = history(messages, notes, masking);
        if (agent.isPresent()) {
            messages.stream()
                    .map(Message::getCreatedAt)
                    .max(Comparator.naturalOrder())
                    .ifPresent(newest -> markRead(agent.get(), id, newest));
        }
        d.mergeCandidates = c.isClosed() ? List.of() : mergeCandidates(c, roles, username);
        card(d, c.getPerson(), masking);
        d.metadata = metadata(conversations.metadata(id, masking));
        SlaTracker.SlaState state = sla.state(id);
        d.slaPolicy = state.policy() == null ? null : state.policy().getName();
        d.severity = state.severity();
        d.severities = state.policy() == null
                ? List.of()
                : state.policy().getSeverities().stream().map(s -> s.getName()).toList();
        Instant now = clock.instant();
        d.clocks = state.clocks().stream()
                .map(m -> {
                    SlaCountdown countdown = m.status() == MetricState.Status.RUNNING && m.due() != null
                            ? SlaCountdown.of(m.due(), m.target(), now)
                            : m.breached() && m.endedAt() == null && m.due() != null
                                    ? SlaCountdown.of(m.due(), m.target(), now)
                                    : m.breached() ? SlaCountdown.breachedBy(m.breachedBy()) : SlaCountdown.NONE;
                    return new ConversationDetail.Clock(
                            words(m.metric().name()),
                            words(m.status().name()),
                            countdown.text(),
                            countdown.styleClass(),
                            countdown.dueMillis(),
                            countdown.targetSeconds());
                })
                .toList();
        d.decisions =
                assignment.decisions(id).stream().map(AgentWorkspace::decision).toList();
        return d;
    }

    /** The agent has now seen the conversation up to its newest message; a lost race only leaves the dot on. */
    private void markRead(long agentId, long conversationId, Instant newest) {
        try {
            readMarks.read(agentId, conversationId, newest);
        } catch (EJBException e) {
            LOG.log(Level.FINE, "Read mark not recorded", e);
        }
    }

    /** The customer's other open conversations the reader may merge into this one. */
    private List<ConversationDetail.Line> mergeCandidates(Conversation c, Set<Role> roles, String username) {
        boolean shortIds = settings.shortIdEnabled();
        ConversationFilter sameCustomer = new ConversationFilter(
                null, null, null, null, null, c.getPerson().getId(), null, null);
        return conversations.list(sameCustomer, reach(roles, username, true), 0, INBOX_SIZE).items().stream()
                .filter(other -> !other.isClosed() && !other.getId().equals(c.getId()))
                .map(other -> new ConversationDetail.Line(
                        String.valueOf(other.getId()),
                        "#" + DisplayIds.of(other, shortIds) + " · "
                                + words(other.getChannel().name()) + " · "
                                + words(other.getStatus().name()) + " · "
                                + other.getSender().getAddress()))
                .toList();
    }

    private static ConversationDetail.Line decision(AssignmentDecision decision) {
        String outcome = decision.getAgentName() != null
                ? "assigned to " + decision.getAgentName()
                : "no agent" + (decision.getReason() == null ? "" : ": " + decision.getReason());
        return new ConversationDetail.Line(
                when(decision.getDecidedAt()),
                words(decision.getTrigger().name()) + " · "
                        + words(decision.getMethod().name()) + " · " + outcome + " (" + decision.getCandidateCount()
                        + " candidate(s))");
    }

    private static String when(Instant at) {
        return at.toString().replace('T', ' ').replaceAll("\\.\\d+", "");
    }

    private static List<ConversationDetail.Entry> history(List<Message> messages, List<Note> notes, Masking masking) {
        List<ConversationDetail.Entry> entries = new ArrayList<>();
        for (Message m : messages) {
            boolean hidden = m.isSensitive() && masking.active();
            entries.add(new ConversationDetail.Entry(
                    kindOf(m.getAuthorKind()),
                    m.getAuthorKind() == AuthorKind.CUSTOMER ? m.getFrom() : m.getAuthor(),
                    m.getChannel(),
                    masking.showContent(m.isSensitive(), m.getSubject()),
                    masking.showContent(m.isSensitive(), m.getText()),
                    hidden
                            ? List.of()
                            : m.getAttachments().stream()
                                    .map(AgentWorkspace::attached)
                                    .toList(),
                    m.getCreatedAt()));
        }
        for (Note n : notes) {
            entries.add(new ConversationDetail.Entry(
                    ConversationDetail.EntryKind.NOTE,
                    n.getAuthor(),
                    null,
                    null,
                    n.getText(),
                    List.of(),
                    n.getCreatedAt()));
        }
        entries.sort(Comparator.comparing(ConversationDetail.Entry::getAt));
        return entries;
    }

    private static ConversationDetail.EntryKind kindOf(AuthorKind kind) {
        return switch (kind) {
            case CUSTOMER -> ConversationDetail.EntryKind.CUSTOMER;
            case AGENT -> ConversationDetail.EntryKind.AGENT;
            case BOT -> ConversationDetail.EntryKind.BOT;
            case AUTOMATION -> ConversationDetail.EntryKind.AUTOMATED;
        };
    }

    /** Links only over http(s): a gateway's URL never becomes a script link on the agent's screen. */
    private static ConversationDetail.Attached attached(Attachment a) {
        String type = a.type() == null ? "FILE" : a.type().toUpperCase(Locale.ROOT);
        if (a.latitude() != null && a.longitude() != null) {
            String at = a.latitude() + ", " + a.longitude();
            return new ConversationDetail.Attached(
                    "LOCATION",
                    (a.name() == null ? "" : a.name() + " · ") + at,
                    "https://www.openstreetmap.org/?mlat=" + a.latitude() + "&mlon=" + a.longitude());
        }
        String url = a.url() != null && a.url().matches("(?i)https?://.+") ? a.url() : null;
        return new ConversationDetail.Attached(type, a.name() != null ? a.name() : a.url(), url);
    }

    private void card(ConversationDetail d, Person person, Masking masking) {
        PersonDetails p = person.details();
        List<ConversationDetail.Line> lines = new ArrayList<>();
        line(lines, masking, "First name", "firstName", p.firstName());
        line(lines, masking, "Last name", "lastName", p.lastName());
        line(lines, masking, "Middle name", "middleName", p.middleName());
        line(lines, masking, "Nickname", "nickName", p.nickName());
        line(lines, masking, "Address", "address", p.address());
        line(lines, masking, "City", "city", p.city());
        line(lines, masking, "Country", "country", p.country());
        line(
                lines,
                masking,
                "Gender",
                "gender",
                p.gender() == null ? null : words(p.gender().name()));
        line(lines, masking, "External ID", "externalPersonId", p.externalPersonId());
        line(lines, masking, "Preferred service", "preferredService", p.preferredService());
        line(lines, masking, "Type", "type", p.type());
        if (p.tags() != null && !p.tags().isEmpty()) {
            line(lines, masking, "Tags", "tags", String.join(", ", p.tags()));
        }
        if (p.customAttributes() != null) {
            p.customAttributes().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> line(lines, masking, e.getKey(), e.getKey(), e.getValue()));
        }
        d.customer = lines;
        d.contacts = people.contacts(person.getId()).stream()
                .map(AgentWorkspace::contact)
                .toList();
        d.company = person.getCompany() == null ? null : person.getCompany().getName();
    }

    private static String contact(PersonContact contact) {
        return contact.getChannel().name().replace('_', ' ') + " " + contact.getAddress();
    }

    private static void line(
            List<ConversationDetail.Line> lines, Masking masking, String label, String attribute, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(new ConversationDetail.Line(label, masking.show(AttributeOwner.PERSON, attribute, value)));
        }
    }

    private static List<ConversationDetail.Line> metadata(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        JsonObject object;
        try (var reader = Json.createReader(new StringReader(json))) {
            object = reader.readObject();
        }
        List<ConversationDetail.Line> lines = new ArrayList<>();
        object.forEach((key, value) -> lines.add(new ConversationDetail.Line(
                key, value instanceof JsonString s ? s.getString() : value == JsonValue.NULL ? "" : value.toString())));
        return lines;
    }

    /** "FIRST_RESPONSE" as "First response". */
    static String words(String name) {
        String spaced = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    // Actions: each within the changing reach first, then the engine's own rules.

    private Conversation writable(long id, Set<Role> roles, String username) {
        return reaches.reachable(id, reach(roles, username, true));
    }

    /** The reader's reply, over the channel of the customer's latest message (through the outbox). */
    public void reply(long id, Set<Role> roles, String username, String text) {
        writable(id, roles, username);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "write a message first");
        }
        conversations.reply(id, AuthorKind.AGENT, username, text.strip());
    }

    public void addNote(long id, Set<Role> roles, String username, String text) {
        writable(id, roles, username);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("note", "write the note first");
        }
        conversations.addNote(id, username, text.strip());
    }

    public void tag(long id, Set<Role> roles, String username, String tag) {
        writable(id, roles, username);
        if (tag == null || tag.isBlank()) {
            throw new InvalidInputException("tag", "choose a tag");
        }
        conversations.tag(id, tag.trim());
    }

    public void untag(long id, Set<Role> roles, String username, String tag) {
        writable(id, roles, username);
        conversations.untag(id, tag);
    }

    public void changePriority(long id, Set<Role> roles, String username, Priority priority) {
        writable(id, roles, username);
        conversations.changePriority(id, priority);
    }

    /** The conversation's form, the fields it shows and its values, within the reader's reach. */
    public ConversationFormState form(long id, Set<Role> roles, String username) {
        reaches.reachable(id, reach(roles, username, false));
        return forms.state(id);
    }

    /** Chooses the form (when given) and fills values by field id; an empty value clears a field. */
    public ConversationFormState fillForm(
            long id, Set<Role> roles, String username, Long formId, Map<String, String> values) {
        writable(id, roles, username);
        return forms.fill(id, formId, values);
    }

    /** The macros available in the conversation's queue whose name, description or macro tag holds the search. */
    public List<Macro> macros(long id, Set<Role> roles, String username, String search) {
        Reach readerReach = reach(roles, username, false);
        Conversation c = reaches.reachable(id, readerReach);
        boolean asAgent = readerReach.kind() == Reach.Kind.AGENT;
        return macros.list(new MacroService.Query(
                search, null, Set.of(c.getQueue().getId()), MacroService.Order.NAME_ASC, Boolean.TRUE));
    }

    /** Applies a macro, all or nothing; answers the template for the composer (not sent). */
    public MacroApplication.Applied applyMacro(long id, Set<Role> roles, String username, long macroId) {
        writable(id, roles, username);
        return macroApplication.apply(id, macroId);
    }

    public void changeStatus(long id, Set<Role> roles, String username, ConversationStatus status) {
        writable(id, roles, username);
        conversations.changeStatus(id, status);
        if (agentOf(username).isPresent()) {
            presence.activityOf(username);
        }
    }

    /** Transfers to another queue (its agent stays only if they work there). */
    public void moveToQueue(long id, Set<Role> roles, String username, long queueId) {
        writable(id, roles, username);
        conversations.moveToQueue(id, queueId);
    }

    /** The reader takes an unassigned conversation (or keeps their own): assignment to themself. */
    public void take(long id, Set<Role> roles, String username) {
        writable(id, roles, username);
        long agent =
                agentOf(username).orElseThrow(() -> new ForbiddenException("agent", "only agents take conversations"));
        conversations.assign(id, agent);
    }

    /** Assigns to any agent of the conversation's queue: managers and supervisors only. */
    public void assign(long id, Set<Role> roles, String username, long agentId) {
        writable(id, roles, username);
        if (!managesConversations(roles)) {
            throw new ForbiddenException("agent", "only managers and supervisors assign to other agents");
        }
        conversations.assign(id, agentId);
    }

    /** Unassigns: the assignee gives it back, or a manager or supervisor takes it away. */
    public void unassign(long id, Set<Role> roles, String username) {
        Conversation c = writable(id, roles, username);
        if (c.getAssignee() == null) {
            return;
        }
        conversations.assign(id, null);
    }

    /** Merges another open conversation of the same customer (within the reader's reach too) into this one. */
    public void merge(long id, Set<Role> roles, String username, long otherId) {
        writable(id, roles, username);
        writable(otherId, roles, username);
        conversations.merge(id, otherId);
    }

    public void changeSeverity(long id, Set<Role> roles, String username, String severity) {
        writable(id, roles, username);
        sla.changeSeverity(id, severity);
    }

    /** The agents a conversation in this queue can be assigned to (enabled humans who work in it), by name. */
    public List<Agent> assignableAgents(long queueId) {
        return agents.list(true).stream()
                .filter(a -> a.getKind() == AgentKind.HUMAN)
                .filter(a -> a.getQueues().stream().anyMatch(q -> q.getId() == queueId) || queueId == defaultQueueId())
                .toList();
    }

    private long defaultQueueId() {
        return em.createQuery("select q.id from Queue q where q.defaultQueue = true", Long.class)
                .getSingleResult();
    }

    static boolean managesConversations(Set<Role> roles) {
        return roles.contains(Role.MANAGER) || roles.contains(Role.ACCOUNT_MANAGER);
    }

    // Starting a conversation.

    /** The senders the reader may start a conversation from (their queues' default senders first): id and label. */
    public List<ConversationDetail.Line> startSenders(String username) {
        return agentOf(username)
                .map(id -> outbound.sendersFor(agents.find(id)).keySet().stream()
                        .map(s -> new ConversationDetail.Line(
                                String.valueOf(s.getId()),
                                (s.getName() == null ? "" : s.getName() + " · ")
                                        + words(s.getChannel().name()) + " " + s.getAddress()))
                        .toList())
                .orElse(List.of());
    }

    /** Starts a conversation with the customer at this address on the sender's channel; its id. */
    public long start(String username, long senderId, String address, String text) {
        long agent =
                agentOf(username).orElseThrow(() -> new ForbiddenException("agent", "only agents start conversations"));
        if (address == null || address.isBlank()) {
            throw new InvalidInputException("address", "enter the customer's address");
        }
        Channel channel = em.find(Sender.class, senderId) == null
                ? null
                : em.find(Sender.class, senderId).getChannel();
        Person person = channel == null
                ? null
                : em.createNamedQuery(PersonContact.BY_ADDRESS, PersonContact.class)
                        .setParameter("channel", channel)
                        .setParameter("address", address.trim())
                        .getResultStream()
                        .map(PersonContact::getPerson)
                        .findFirst()
                        .orElseThrow(() -> new InvalidInputException(
                                "address",
                                "no customer has the " + words(channel.name()) + " address " + address.trim()));
        return outbound.start(agents.find(agent), person == null ? -1 : person.getId(), senderId, text)
                .getId();
    }

    // Presence: the header's status menu.

    /** The reader's presence; empty for users who are no agent. */
    public Optional<StatusCard> status(String username) {
        return agentOf(username).map(this::card);
    }

    private StatusCard card(long agentId) {
        AgentState state = presence.state(agentId);
        AgentLoad load = workloads.load(agentId);
        List<StatusCard.GroupLoad> loads = new ArrayList<>();
        for (ChannelGroup group : ChannelGroup.values()) {
            if (load.capacity(group) > 0 || load.occupancy(group) > 0) {
                loads.add(new StatusCard.GroupLoad(words(group.name()), load.occupancy(group), load.capacity(group)));
            }
        }
        long wrapLeft = 0;
        if (state.getVoiceState() == VoiceState.WRAPPING) {
            wrapLeft = Math.max(
                    0,
                    Duration.between(clock.instant(), state.getVoiceStateSince().plusSeconds(state.getWrapUpSeconds()))
                            .toSeconds());
        }
        return new StatusCard(
                agentId,
                state.getStatus().getId(),
                state.getStatus().getName(),
                state.getStatus().getStatusGroup(),
                AgentWorkloads.isFullCapacity(state),
                state.getReturnStatus() == null ? null : state.getReturnStatus().getName(),
                loads,
                state.getVoiceState(),
                wrapLeft);
    }

    /** The statuses an agent can choose (Full Capacity is the engine's to set), by group. */
    public List<AgentStatus> choosableStatuses() {
        return statuses.statuses().stream()
                .filter(s -> !s.is(AgentStatus.FULL_CAPACITY))
                .sorted(Comparator.comparing(
                        (AgentStatus s) -> s.getStatusGroup().ordinal()))
                .toList();
    }

    public StatusCard setStatus(String username, long statusId) {
        long agent = agentOf(username).orElseThrow(() -> new ForbiddenException("status", "only agents have a status"));
        presence.setStatus(agent, statusId);
        return card(agent);
    }

    /** The page's activity signal: the inactivity sign-out leaves this agent alone. */
    public void heartbeat(String username) {
        agentOf(username).ifPresent(presence::heartbeat);
    }

    /** Signing out of the admin sets an agent Offline. */
    public void signOut(String username) {
        agentOf(username)
                .ifPresent(agent -> presence.setStatus(
                        agent, statuses.statusByCode(AgentStatus.OFFLINE).getId()));
    }

    // Live notices.

    /**
     * Who should learn that a conversation changed (read after the change committed): its assignee, earlier
     * assignees (it leaves their inbox), the agents who could take it when it is unassigned, and managers and
     * supervisors; plus the queue's agents who hear its sound when the queue's notifications ask for one.
     */
    public WorkChanged notice(long conversationId, Set<Long> soundedMessages) {
        Conversation c = em.find(Conversation.class, conversationId);
        if (c == null) {
            return new WorkChanged(conversationId, Set.of(), Set.of(), WorkChanged.Sound.NONE);
        }
        Set<String> viewers = new HashSet<>(
                em.createQuery("select u.username from User u join u.roles r where r in :roles", String.class)
                        .setParameter("roles", List.of(Role.MANAGER, Role.ACCOUNT_MANAGER))
                        .getResultList());
        Set<Long> agentIds = new HashSet<>(c.getPastAssigneeIds());
        if (c.getAssignee() != null) {
            agentIds.add(c.getAssignee().getId());
        }
        List<String> queueAgents = queueAgents(c.getQueue());
        if (c.getAssignee() == null && !c.isClosed()) {
            viewers.addAll(queueAgents);
        }
        for (Long id : agentIds) {
            Agent agent = em.find(Agent.class, id);
            User user = agent == null ? null : agent.getUser();
            if (user != null) {
                viewers.add(user.getUsername());
            }
        }
        WorkChanged.Sound sound = WorkChanged.Sound.NONE;
        Optional<Message> last = em.createQuery(
                        "select m from Message m where m.conversation.id = :id order by m.createdAt desc, m.id desc",
                        Message.class)
                .setParameter("id", conversationId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        if (last.isPresent()
                && last.get().getDirection() == Direction.INBOUND
                && !soundedMessages.contains(last.get().getId())
                && last.get().getCreatedAt().isAfter(clock.instant().minusSeconds(30))) {
            long inbound = em.createQuery(
                            "select count(m) from Message m where m.conversation.id = :id and m.direction = :in",
                            Long.class)
                    .setParameter("id", conversationId)
                    .setParameter("in", Direction.INBOUND)
                    .getSingleResult();
            if (inbound == 1 && c.getQueue().isNotifyNewConversation()) {
                sound = WorkChanged.Sound.NEW_CONVERSATION;
            } else if (inbound > 1 && c.getQueue().isNotifyNewMessage()) {
                sound = WorkChanged.Sound.NEW_MESSAGE;
            }
            soundedMessages.add(last.get().getId());
        }
        return new WorkChanged(
                conversationId, viewers, sound == WorkChanged.Sound.NONE ? Set.of() : Set.copyOf(queueAgents), sound);
    }

    /** Usernames of the enabled human agents of a queue (every agent works in the Default queue). */
    private List<String> queueAgents(Queue queue) {
        if (queue.isDefaultQueue()) {
            return em.createQuery("select a.user.username from Agent a where a.enabled = true", String.class)
                    .getResultList();
        }
        return em.createQuery(
                        "select a.user.username from Agent a join a.queues q where q.id = :queue and a.enabled = true",
                        String.class)
                .setParameter("queue", queue.getId())
                .getResultList();
    }
}
