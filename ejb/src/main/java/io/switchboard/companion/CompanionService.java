package io.switchboard.companion;

import io.switchboard.companion.logic.CompanionPrompts;
import io.switchboard.companion.logic.ExtractiveSummarizer;
import io.switchboard.companion.logic.Line;
import io.switchboard.companion.logic.ReplyIndex;
import io.switchboard.companion.logic.ReplyPairs;
import io.switchboard.conversations.AuthorKind;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.logic.Reach;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.settings.SettingsService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Agent companion (the guide's "Agent companion (Powered by GenAI)"): the summary of a conversation and the
 * customer's past ones, and up to three suggested replies to the customer's last message. Both work without a
 * network (extractive summary, reply index); with a language model configured they come from it, and from the offline
 * answer whenever it fails. Nothing here sends anything to the customer: the agent inserts a suggestion into the
 * composer and sends it, or not.
 */
@Stateless
// Reads only; a language model may take seconds, and no transaction should stay open meanwhile.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CompanionService {

    /** Where an answer came from: the language model, or the offline companion. */
    public enum Source {
        LANGUAGE_MODEL,
        EXTRACTIVE,
        REPLY_INDEX
    }

    /** A summary: key points, what was asked, what we promised, open questions, and the customer's past ones. */
    public record SummaryAnswer(
            Source source,
            List<String> keyPoints,
            List<String> asked,
            List<String> promised,
            List<String> openQuestions,
            List<ExtractiveSummarizer.Past> past) {}

    /** A suggested reply; {@code fromConversationId} and {@code score} when it came from the reply index. */
    public record SuggestedReply(String text, Long fromConversationId, Double score) {}

    /** Up to three replies to the customer's last words ({@code customerMessage}). */
    public record RepliesAnswer(Source source, String customerMessage, List<SuggestedReply> replies) {}

    static final int SUGGESTIONS = 3;
    static final int PAST_CONVERSATIONS = 5;

    private static final ExtractiveSummarizer SUMMARIZER = new ExtractiveSummarizer();

    @PersistenceContext
    EntityManager em;

    @Inject
    SettingsService settings;

    @EJB
    ReplyIndexHolder replyIndex;

    @Inject
    LanguageModel model;

    /** Whether the AI summary is on (Settings). */
    public boolean summaryEnabled() {
        return settings.companionSummaryEnabled();
    }

    /** Whether suggested replies are on (Settings). */
    public boolean suggestedRepliesEnabled() {
        return settings.suggestedRepliesEnabled();
    }

    /**
     * The summary of the conversation and its customer's past conversations within the reader's {@code reach} (a past
     * conversation the reader may not open stays out of it); 409 while the setting is off.
     */
    public SummaryAnswer summary(long conversationId, Reach reach) {
        if (!summaryEnabled()) {
            throw new ConflictException(
                    "The AI summary is off: a supervisor turns it on in Settings › General (aiSummaryEnabled)");
        }
        Conversation conversation = conversation(conversationId);
        List<Line> current = lines(conversationId);
        List<Line> past = pastLines(conversation, reach);
        ExtractiveSummarizer.Summary offline = SUMMARIZER.summarize(current, past);
        Optional<List<String>> fromModel = current.isEmpty()
                ? Optional.empty()
                : model.complete(CompanionPrompts.summary(current, past))
                        .map(content -> CompanionPrompts.lines(content, 12))
                        .filter(lines -> !lines.isEmpty());
        // The model's points replace the central sentences; what was asked and promised stay quotes of the transcript.
        return new SummaryAnswer(
                fromModel.isPresent() ? Source.LANGUAGE_MODEL : Source.EXTRACTIVE,
                fromModel.orElse(offline.keyPoints()),
                offline.asked(),
                offline.promised(),
                offline.openQuestions(),
                offline.past());
    }

    /** Up to three replies to the customer's last words; 409 while the setting is off. */
    public RepliesAnswer suggestedReplies(long conversationId) {
        if (!suggestedRepliesEnabled()) {
            throw new ConflictException("Suggested replies are off: a supervisor turns them on in Settings › General"
                    + " (suggestedRepliesEnabled)");
        }
        conversation(conversationId);
        List<Line> current = lines(conversationId);
        String asked = ReplyPairs.lastCustomerTurn(current);
        if (asked.isBlank()) {
            return new RepliesAnswer(Source.REPLY_INDEX, null, List.of());
        }
        List<ReplyIndex.Suggestion> similar = replyIndex.index().suggest(asked, SUGGESTIONS);
        Optional<List<String>> fromModel = model.complete(CompanionPrompts.replies(
                        current,
                        similar.stream().map(ReplyIndex.Suggestion::text).toList()))
                .map(content -> CompanionPrompts.lines(content, SUGGESTIONS))
                .filter(lines -> !lines.isEmpty());
        if (fromModel.isPresent()) {
            return new RepliesAnswer(
                    Source.LANGUAGE_MODEL,
                    asked,
                    fromModel.get().stream()
                            .map(text -> new SuggestedReply(text, null, null))
                            .toList());
        }
        return new RepliesAnswer(
                Source.REPLY_INDEX,
                asked,
                similar.stream()
                        .map(s ->
                                new SuggestedReply(s.text(), s.conversationId(), Math.round(s.score() * 1000) / 1000.0))
                        .toList());
    }

    /** Puts a solved conversation's replies into the index (again: it replaces what the index had of it). */
    public void index(long conversationId) {
        replyIndex.index().replace(conversationId, ReplyPairs.of(lines(conversationId)));
        replyIndex.index().commit();
    }

    private Conversation conversation(long id) {
        Conversation conversation = em.find(Conversation.class, id);
        if (conversation == null) {
            throw new UnknownEntityException("conversation", id);
        }
        return conversation;
    }

    /**
     * The conversation's messages as the companion reads them, oldest first: customers', agents' and bots' with text,
     * never a sensitive one, never automated messages (away, waiting strategy, workflows).
     */
    public List<Line> lines(long conversationId) {
        return em.createQuery(
                        "select m.conversation.id, m.authorKind, m.text, m.createdAt from Message m"
                                + " where m.conversation.id = :id and m.sensitive = false and m.text is not null"
                                + " and m.authorKind <> :automation order by m.createdAt, m.id",
                        Object[].class)
                .setParameter("id", conversationId)
                .setParameter("automation", AuthorKind.AUTOMATION)
                .getResultStream()
                .map(CompanionService::line)
                .toList();
    }

    private List<Line> pastLines(Conversation conversation, Reach reach) {
        List<Conversation> past = em.createQuery(
                        "select c from Conversation c where c.person = :person and c.id <> :id"
                                + " and c.createdAt <= :before order by c.createdAt desc, c.id desc",
                        Conversation.class)
                .setParameter("person", conversation.getPerson())
                .setParameter("id", conversation.getId())
                .setParameter("before", conversation.getCreatedAt())
                .getResultStream()
                .filter(c -> reach.reaches(
                        c.getAssignee() == null ? null : c.getAssignee().getId(),
                        c.getQueue().getId()))
                .limit(PAST_CONVERSATIONS)
                .toList();
        return past.stream().flatMap(c -> lines(c.getId()).stream()).toList();
    }

    private static Line line(Object[] row) {
        Line.Speaker speaker = switch ((AuthorKind) row[1]) {
            case CUSTOMER -> Line.Speaker.CUSTOMER;
            case BOT -> Line.Speaker.BOT;
            default -> Line.Speaker.AGENT;
        };
        return new Line((Long) row[0], speaker, (String) row[2], (Instant) row[3]);
    }

    /** The conversations whose replies the index learns from: solved, or closed after being worked on. */
    static final List<ConversationStatus> LEARNED_FROM = List.of(ConversationStatus.SOLVED, ConversationStatus.CLOSED);
}
