package io.switchboard.lifecycle.workflows;

import io.switchboard.agents.Agent;
import io.switchboard.agents.AgentState;
import io.switchboard.conditions.Facts;
import io.switchboard.conditions.WorkflowFacts;
import io.switchboard.conversations.AuthorKind;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.Message;
import io.switchboard.conversations.Priority;
import io.switchboard.forms.ConversationFormService;
import io.switchboard.lifecycle.ConversationService;
import io.switchboard.outbound.OutboxEntry;
import io.switchboard.outbound.OutboxService;
import io.switchboard.people.Person;
import io.switchboard.platform.JsonText;
import io.switchboard.routing.Routing;
import io.switchboard.sentiment.SentimentService;
import io.switchboard.sentiment.logic.SentimentLabel;
import io.switchboard.surveys.SurveyService;
import io.switchboard.workflows.CompiledWorkflow;
import io.switchboard.workflows.WorkflowAction;
import io.switchboard.workflows.WorkflowRun;
import io.switchboard.workflows.logic.ApiCalls;
import io.switchboard.workflows.logic.ConditionFigures;
import io.switchboard.workflows.logic.LoopGuard;
import io.switchboard.workflows.logic.Placeholders;
import io.switchboard.workflows.logic.WorkflowEmails;
import io.switchboard.workflows.logic.WorkflowEvent;
import io.switchboard.workflows.logic.WorkflowPass;
import io.switchboard.workflows.logic.WorkflowRules;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The steps of a workflow run, each its own transaction: deciding whether a workflow runs (conversation state,
 * conditions, loop guard), each action (a refused action fails alone and is recorded; the ones before it stay done),
 * and the record of the run.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WorkflowSteps {

    /** Whether a workflow runs now, and the placeholder values its texts are filled with. */
    public record Start(Verdict verdict, String reason, Map<String, String> values) {}

    public enum Verdict {
        RUN,
        SKIP,
        STOP
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    ConversationService conversations;

    @EJB
    Routing routing;

    @EJB
    OutboxService outbox;

    @EJB
    ConversationFormService forms;

    @EJB
    SurveyService surveys;

    @EJB
    SentimentService sentiment;

    /** The workflow an event runs next, from a position of the list on (-1: none), and whether it runs. */
    public record Next(int index, Start start) {

        static final Next NONE = new Next(-1, new Start(Verdict.SKIP, null, Map.of()));
    }

    /**
     * Decides, in one transaction, the next workflow of {@code ordered} from {@code from} on that this event runs:
     * the loop guard once, then the conditions of each workflow the event fires, in order, against the conversation's
     * facts read once (and only if a condition needs them), since nothing changes the conversation until the workflow
     * decided here has run; each one whose conditions fail is recorded as skipped on the way.
     */
    public Next next(long conversationId, List<CompiledWorkflow> ordered, int from, WorkflowEvent event) {
        int first = WorkflowPass.next(
                ordered, from, event, CompiledWorkflow::triggers, CompiledWorkflow::enabled, w -> true);
        if (first < 0) {
            return Next.NONE;
        }
        Conversation conversation = em.find(Conversation.class, conversationId);
        if (conversation == null || conversation.getStatus() == ConversationStatus.CLOSED) {
            return Next.NONE;
        }
        Instant now = clock.instant();
        Optional<String> stopped = guard(conversationId, event, now);
        if (stopped.isPresent()) {
            record(conversationId, ordered.get(first), event, "STOPPED", stopped.get(), List.of());
            return new Next(first, new Start(Verdict.STOP, stopped.get(), Map.of()));
        }
        Supplier<Facts> facts = WorkflowPass.once(() -> facts(conversation, event, now));
        WorkflowPass.Decision<CompiledWorkflow> decision = WorkflowPass.decide(
                ordered,
                first,
                event,
                CompiledWorkflow::triggers,
                CompiledWorkflow::enabled,
                w -> w.failedCondition(facts));
        for (WorkflowPass.Skipped<CompiledWorkflow> skipped : decision.skipped()) {
            record(conversationId, skipped.workflow(), event, "SKIPPED", skipped.reason(), List.of());
        }
        if (decision.next() < 0) {
            return Next.NONE;
        }
        return new Next(decision.next(), new Start(Verdict.RUN, null, values(conversation, event)));
    }

    /** Whether this one workflow runs now (a time-based trigger that fell due): the same checks as {@link #next}. */
    public Start start(long conversationId, CompiledWorkflow workflow, WorkflowEvent event) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        if (conversation == null || conversation.getStatus() == ConversationStatus.CLOSED) {
            return new Start(Verdict.SKIP, "the conversation is closed", Map.of());
        }
        Instant now = clock.instant();
        Optional<String> stopped = guard(conversationId, event, now);
        if (stopped.isPresent()) {
            record(conversationId, workflow, event, "STOPPED", stopped.get(), List.of());
            return new Start(Verdict.STOP, stopped.get(), Map.of());
        }
        Optional<String> failed = workflow.failedCondition(() -> facts(conversation, event, now));
        if (failed.isPresent()) {
            record(conversationId, workflow, event, "SKIPPED", failed.get(), List.of());
            return new Start(Verdict.SKIP, failed.get(), Map.of());
        }
        return new Start(Verdict.RUN, null, values(conversation, event));
    }

    /**
     * The loop guard's stop reason, if it stops this event. The rate breaker counts the workflows that ran on the
     * conversation in the last minute; skips and stops are records, not runs (with 200 workflows waiting for
     * customer messages, one message records up to 199 skips, which must not trip the breaker).
     */
    private Optional<String> guard(long conversationId, WorkflowEvent event, Instant now) {
        long recent = em.createNamedQuery(WorkflowRun.COUNT_SINCE, Long.class)
                .setParameter("conversationId", conversationId)
                .setParameter("since", now.minus(Duration.ofMinutes(1)))
                .getSingleResult();
        LoopGuard.Verdict guard = LoopGuard.verdict(event.depth(), (int) recent);
        return guard == LoopGuard.Verdict.RUN ? Optional.empty() : Optional.of(guard.reason());
    }

    /** One action on the conversation, through the same services as an agent's or the API's change. */
    public ActionOutcome apply(
            long conversationId, String workflowName, WorkflowAction action, Map<String, String> values) {
        String type = action.type().name();
        Conversation conversation = conversations.find(conversationId);
        switch (action.type()) {
            case SEND_MESSAGE -> {
                Placeholders.Rendered text = Placeholders.render(action.text(), values, WorkflowRules.MAX_MESSAGE);
                if (!text.fits()) {
                    return ActionOutcome.skipped(
                            type,
                            "with its placeholders filled the message has more than " + WorkflowRules.MAX_MESSAGE
                                    + " characters; not sent");
                }
                conversations.reply(conversationId, AuthorKind.AUTOMATION, "Workflow: " + workflowName, text.text());
            }
            case ADD_TAGS -> action.tags().forEach(tag -> conversations.tag(conversationId, tag));
            case REMOVE_TAGS -> action.tags().forEach(tag -> conversations.untag(conversationId, tag));
            case SET_STATUS -> conversations.changeStatus(conversationId, ConversationStatus.valueOf(action.value()));
            case SET_PRIORITY -> conversations.changePriority(conversationId, Priority.valueOf(action.value()));
            case UNASSIGN -> {
                if (conversation.getAssignee() == null) {
                    return ActionOutcome.skipped(type, "nobody is assigned");
                }
                conversations.assign(conversationId, null);
            }
            case CLOSE -> conversations.changeStatus(conversationId, ConversationStatus.CLOSED);
            case CALL_API -> {
                return queue(type, ApiCalls.call(action, values, "switchboard-" + UUID.randomUUID()));
            }
            case SLACK_MESSAGE -> {
                Placeholders.Rendered text = Placeholders.render(action.text(), values, ApiCalls.MAX_SLACK_TEXT);
                if (!text.fits()) {
                    return ActionOutcome.skipped(
                            type,
                            "with its placeholders filled the Slack message has more than " + ApiCalls.MAX_SLACK_TEXT
                                    + " characters; not sent");
                }
                return queue(type, ApiCalls.slack(action, text.text()));
            }
            case EMAIL_CUSTOMER -> {
                return emailCustomer(type, conversationId, conversation, action, values);
            }
            case EMAIL_RECIPIENT -> {
                return mail(type, action, action.recipients(), values, action.text());
            }
            case EMAIL_TRANSCRIPT -> {
                String to = customerEmail(conversation);
                if (to == null) {
                    return ActionOutcome.skipped(type, "the customer has no email address; no transcript sent");
                }
                return mail(type, action, List.of(to), values, null);
            }
            case NOTIFY_BY_EMAIL -> {
                return mail(type, action, action.recipients(), values, action.text());
            }
            case POPULATE_FORM_FIELDS -> {
                Map<String, String> filled = new java.util.LinkedHashMap<>();
                action.fields().forEach((field, value) -> filled.put(field, Placeholders.render(value, values)));
                forms.fill(conversationId, null, filled);
            }
            case EMAIL_SURVEY -> {
                java.util.Optional<String> notSent = surveys.emailNow(conversationId);
                if (notSent.isPresent()) {
                    return ActionOutcome.skipped(type, notSent.get());
                }
            }
            default -> {
                return ActionOutcome.skipped(type, "'" + action.type().label() + "' is not available yet");
            }
        }
        return ActionOutcome.done(type);
    }

    /**
     * Email the customer: from the conversation's own Email sender to the customer's address of its last message,
     * which has to be an email (guide); otherwise the action is skipped with that reason.
     */
    private ActionOutcome emailCustomer(
            String type,
            long conversationId,
            Conversation conversation,
            WorkflowAction action,
            Map<String, String> values) {
        List<Message> messages = conversations.messages(conversationId);
        Message last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
        if (last == null || last.getChannel() != io.switchboard.channels.Channel.EMAIL) {
            return ActionOutcome.skipped(type, "the last message of the conversation is not an email; no email sent");
        }
        boolean inbound = last.getDirection() == io.switchboard.conversations.Direction.INBOUND;
        String to = inbound ? last.getFrom() : last.getTo();
        io.switchboard.channels.Sender from = conversation.getSender();
        if (from.getChannel() != io.switchboard.channels.Channel.EMAIL) {
            from = em.createQuery(
                            "select s from Sender s where s.channel = :channel and s.address = :address",
                            io.switchboard.channels.Sender.class)
                    .setParameter("channel", io.switchboard.channels.Channel.EMAIL)
                    .setParameter("address", inbound ? last.getTo() : last.getFrom())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (from == null) {
                return ActionOutcome.skipped(type, "no Email sender has the address the customer wrote to");
            }
        }
        return send(type, from, List.of(to), action.subject(), values, action.text());
    }

    /** A no-reply sender's email (Email a recipient, the transcript, a notification) to {@code to}. */
    private ActionOutcome mail(
            String type, WorkflowAction action, List<String> to, Map<String, String> values, String text) {
        io.switchboard.channels.Sender from = action.fromSenderId() == null
                ? null
                : em.find(io.switchboard.channels.Sender.class, action.fromSenderId());
        if (from == null || from.getChannel() != io.switchboard.channels.Channel.EMAIL || !from.isNoReply()) {
            return ActionOutcome.skipped(type, "its From sender is gone or no longer a no-reply Email sender");
        }
        return send(type, from, to, action.subject(), values, text);
    }

    /**
     * Fills the subject and text and writes the email to the outbox. A text that no longer fits its limit once
     * filled is not sent (guide: "if the complete message, including the placeholder value, exceeds the length
     * limit, the message will not be sent"). No text given: the transcript, or a notification's standard body.
     */
    private ActionOutcome send(
            String type,
            io.switchboard.channels.Sender from,
            List<String> to,
            String subjectTemplate,
            Map<String, String> values,
            String textTemplate) {
        Placeholders.Rendered subject = Placeholders.render(subjectTemplate, values, WorkflowRules.MAX_SUBJECT);
        if (!subject.fits()) {
            return ActionOutcome.skipped(
                    type,
                    "with its placeholders filled the subject has more than " + WorkflowRules.MAX_SUBJECT
                            + " characters; not sent");
        }
        String oneLine = WorkflowEmails.oneLine(subject.text());
        String text;
        if (textTemplate != null) {
            Placeholders.Rendered rendered = Placeholders.render(textTemplate, values, WorkflowRules.MAX_EMAIL_CONTENT);
            if (!rendered.fits()) {
                return ActionOutcome.skipped(
                        type,
                        "with its placeholders filled the content has more than " + WorkflowRules.MAX_EMAIL_CONTENT
                                + " characters; not sent");
            }
            text = rendered.text();
        } else if (type.equals("EMAIL_TRANSCRIPT")) {
            text = transcript(Long.parseLong(values.get("conversation.id")), oneLine);
        } else {
            text = WorkflowEmails.notification(oneLine, values);
        }
        OutboxEntry entry = outbox.enqueueMail(from, to, oneLine, text);
        em.flush();
        return ActionOutcome.queued(type, entry.getId());
    }

    private String transcript(long conversationId, String heading) {
        List<WorkflowEmails.Line> lines = conversations.messages(conversationId).stream()
                .map(m -> new WorkflowEmails.Line(
                        m.getCreatedAt(),
                        m.getAuthor() != null ? m.getAuthor() : m.getFrom(),
                        m.getText(),
                        m.isSensitive()))
                .toList();
        return WorkflowEmails.transcript(heading, lines);
    }

    /** The customer's email address in the People data: their first Email contact, if any. */
    private String customerEmail(Conversation conversation) {
        return em.createQuery(
                        "select c.address from PersonContact c where c.person = :person and c.channel = :channel"
                                + " order by c.id",
                        String.class)
                .setParameter("person", conversation.getPerson())
                .setParameter("channel", io.switchboard.channels.Channel.EMAIL)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private ActionOutcome queue(String type, ApiCalls.Call call) {
        OutboxEntry entry =
                outbox.enqueueCall(call.method(), call.url(), call.contentType(), call.headers(), call.body());
        em.flush();
        return ActionOutcome.queued(type, entry.getId());
    }

    public void record(
            long conversationId,
            CompiledWorkflow workflow,
            WorkflowEvent event,
            String outcome,
            String reason,
            List<ActionOutcome> actions) {
        em.persist(new WorkflowRun(
                conversationId,
                workflow.id(),
                workflow.name(),
                event.type().name(),
                event.depth(),
                outcome,
                reason,
                JsonText.write(actions),
                clock.instant()));
    }

    /** What workflow conditions see of the conversation now: what routing sees, and what only workflows know. */
    private Facts facts(Conversation conversation, WorkflowEvent event, Instant now) {
        long id = conversation.getId();
        io.switchboard.forms.ConversationFormState form = forms.state(id);
        Agent assignee = conversation.getAssignee();
        AgentState state = assignee == null ? null : em.find(AgentState.class, assignee.getId());
        // "Only works for the message triggers" (guide): for the others nothing is a first message.
        Boolean first = event.type().carriesMessage()
                ? em.createQuery("select count(m) from Message m where m.conversation.id = :id", Long.class)
                                .setParameter("id", id)
                                .getSingleResult()
                        == 1
                : null;
        // The latest by ordering, not max(): EclipseLink hands max() of a converted instant to the converter in the
        // driver's type, which fails on PostgreSQL.
        Instant lastAgentMessage = em.createQuery(
                        "select m.createdAt from Message m where m.conversation.id = :id and m.authorKind = :agent"
                                + " order by m.createdAt desc",
                        Instant.class)
                .setParameter("id", id)
                .setParameter("agent", AuthorKind.AGENT)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        return routing.factsOf(conversation)
                .withWorkflow(new WorkflowFacts(
                                conversation.getQueue() == null
                                        ? null
                                        : conversation.getQueue().getId(),
                                conversation.getDirection().name(),
                                conversation.getStatus().name(),
                                form.form() == null ? null : form.form().getId(),
                                first,
                                assignee == null || lastAgentMessage == null
                                        ? null
                                        : ConditionFigures.hoursBetween(lastAgentMessage, now),
                                assignee != null,
                                state == null || state.getStatus() == null
                                        ? null
                                        : state.getStatus().getStatusGroup().name(),
                                conversation.getSender().getAddress(),
                                form.values(),
                                new java.util.HashSet<>(em.createQuery(
                                                "select distinct m.channel from Message m where m.conversation.id = :id",
                                                io.switchboard.channels.Channel.class)
                                        .setParameter("id", id)
                                        .getResultList()))
                        .withSentiment(
                                sentiment.label(id).map(SentimentLabel::name).orElse(null)));
    }

    private Map<String, String> values(Conversation conversation, WorkflowEvent event) {
        Map<String, String> values = new HashMap<>();
        values.put("conversation.id", String.valueOf(conversation.getId()));
        values.put("conversation.shortId", String.valueOf(conversation.getShortId()));
        values.put("conversation.subject", conversation.getTopic());
        values.put("conversation.status", conversation.getStatus().name());
        values.put("conversation.priority", conversation.getPriority().name());
        values.put("conversation.queue", conversation.getQueue().getName());
        values.put("conversation.channel", conversation.getChannel().name());
        Person person = conversation.getPerson();
        String first = person.getFirstName();
        String last = person.getLastName();
        values.put("customer.firstName", first);
        values.put("customer.lastName", last);
        values.put(
                "customer.name",
                String.join(" ", first == null ? "" : first, last == null ? "" : last)
                        .trim());
        values.put("customer.email", customerEmail(conversation));
        Agent agent = conversation.getAssignee();
        values.put("agent.name", agent == null ? null : agent.getName());
        values.put("agent.email", agent == null ? null : agent.getEmail());
        if (event.type().carriesMessage()) {
            List<Message> messages = conversations.messages(conversation.getId());
            for (int i = messages.size() - 1; i >= 0; i--) {
                Message message = messages.get(i);
                boolean inbound = message.getDirection() == io.switchboard.conversations.Direction.INBOUND;
                if (inbound == (event.type() == io.switchboard.workflows.TriggerType.INBOUND_MESSAGE_RECEIVED)) {
                    values.put("message.content", message.getText());
                    values.put("message.from", message.getFrom());
                    values.put("email.subject", message.getSubject());
                    if (message.getChannel() == io.switchboard.channels.Channel.EMAIL) {
                        values.put("email.from", message.getFrom());
                        values.put("email.to", message.getTo());
                    }
                    break;
                }
            }
        }
        return values;
    }
}
