package io.switchboard.surveys;

import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationChanges;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.OutboundMessages;
import io.switchboard.deadlines.Deadlines;
import io.switchboard.people.Person;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.surveys.logic.SurveyMessages;
import io.switchboard.surveys.logic.SurveyReplies;
import io.switchboard.surveys.logic.SurveyRules;
import io.switchboard.surveys.logic.SurveyTokens;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Customer satisfaction surveys (the guide's "Surveys"): the setting, the survey that goes out after a conversation
 * becomes Solved (on the durable deadlines, at most one per customer within the minimum interval), and the
 * customer's answer, by the public page's signed link or by replying on a messaging channel. A complete answer is
 * announced as a change of the conversation, so workflows' "Survey answer received" runs on it.
 */
@Stateless
public class SurveyService {

    /** The deadline kind that sends a Solved conversation's survey. */
    public static final String SEND_KIND = "survey.send";

    /** The author automated survey messages carry. */
    public static final String AUTHOR = "Survey";

    /** What a survey token allows. */
    public enum TokenState {
        OPEN,
        ANSWERED,
        REFUSED
    }

    /** The state of a token, and the page to show when it is open. */
    public record Opened(TokenState state, SurveyPage page) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    Deadlines deadlines;

    @EJB
    OutboundMessages outbound;

    @EJB
    ConversationChanges changes;

    @Inject
    @ConfigProperty(name = "switchboard.public-url", defaultValue = "http://localhost:8080/switchboard")
    String publicUrl;

    private static final SecureRandom RANDOM = new SecureRandom();

    public SurveySettings settings() {
        SurveySetting s = setting();
        return new SurveySettings(
                s.isEnabled(),
                s.getDelay(),
                s.getMinimumInterval(),
                s.getSatisfactionQuestion(),
                s.getResolvedQuestion(),
                s.getHappyLabel(),
                s.getNotHappyLabel(),
                s.getFollowUpQuestion());
    }

    /** Checks every field (naming the first one that is wrong) and replaces the setting. */
    public SurveySettings change(SurveySettings wanted) {
        String delay = SurveyRules.duration("delay", wanted.delay(), SurveyRules.MAX_DELAY)
                .toString();
        String interval = SurveyRules.duration("minimumInterval", wanted.minimumInterval(), SurveyRules.MAX_INTERVAL)
                .toString();
        String satisfaction =
                SurveyRules.text("satisfactionQuestion", wanted.satisfactionQuestion(), SurveyRules.MAX_QUESTION);
        String resolved = SurveyRules.text("resolvedQuestion", wanted.resolvedQuestion(), SurveyRules.MAX_QUESTION);
        String happy = SurveyRules.text("happyLabel", wanted.happyLabel(), SurveyRules.MAX_LABEL);
        String notHappy = SurveyRules.text("notHappyLabel", wanted.notHappyLabel(), SurveyRules.MAX_LABEL);
        String followUp =
                SurveyRules.optionalText("followUpQuestion", wanted.followUpQuestion(), SurveyRules.MAX_QUESTION);
        setting().change(wanted.enabled(), delay, interval, satisfaction, resolved, happy, notHappy, followUp);
        return settings();
    }

    /**
     * Guide: "Survey is triggered when a conversation status is changed to Solved. Shortly after that, the customer
     * will receive a message": the sending waits on a durable deadline written with the change.
     */
    public void solved(Conversation conversation) {
        SurveySetting setting = setting();
        if (setting.isEnabled() && SurveyRules.answerBy(conversation.getChannel()) != null) {
            deadlines.replace(
                    SEND_KIND,
                    conversation.getId(),
                    clock.instant().plus(java.time.Duration.parse(setting.getDelay())),
                    null);
        }
    }

    /**
     * The deadline after Solved: sends the survey if the conversation is still Solved, surveys are still on, and the
     * customer got none within the minimum interval. A repeated run finds its own survey and sends nothing.
     */
    public void sendAfterSolved(long conversationId, Instant solvedDueAt) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        if (conversation == null
                || conversation.getStatus() != ConversationStatus.SOLVED
                || !setting().isEnabled()) {
            return;
        }
        boolean sentAlready = em.createNamedQuery(Survey.OF_CONVERSATION, Survey.class)
                .setParameter("conversationId", conversationId)
                .setMaxResults(1)
                .getResultStream()
                .anyMatch(s -> !s.getSentAt().isBefore(solvedDueAt));
        if (!sentAlready) {
            send(conversation);
        }
    }

    /**
     * The workflow action "Email the survey": sends the survey now, over the conversation's email channel; returns
     * why not when it cannot (another channel, the minimum interval).
     */
    public Optional<String> emailNow(long conversationId) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        if (conversation == null) {
            throw new UnknownEntityException("conversation", conversationId);
        }
        if (conversation.getChannel() != io.switchboard.channels.Channel.EMAIL) {
            return Optional.of("the conversation is not an email conversation");
        }
        return send(conversation)
                ? Optional.empty()
                : Optional.of("the customer got a survey within the minimum interval");
    }

    /** Sends a survey unless the customer got one within the minimum interval; whether it was sent. */
    private boolean send(Conversation conversation) {
        String answerBy = SurveyRules.answerBy(conversation.getChannel());
        if (answerBy == null) {
            return false;
        }
        // One customer's surveys are decided one after the other, so two Solved conversations cannot both pass.
        Person person = em.find(Person.class, conversation.getPerson().getId(), LockModeType.PESSIMISTIC_WRITE);
        SurveySetting setting = setting();
        Instant now = clock.instant();
        Instant last = em.createNamedQuery(Survey.LAST_OF_PERSON, Instant.class)
                .setParameter("personId", person.getId())
                .getSingleResult();
        if (!SurveyRules.mayReceive(last, java.time.Duration.parse(setting.getMinimumInterval()), now)) {
            return false;
        }
        Survey survey = new Survey(
                conversation.getId(),
                person.getId(),
                conversation.getChannel(),
                Survey.AnswerBy.valueOf(answerBy),
                now,
                now.plus(SurveyRules.ANSWER_WITHIN));
        em.persist(survey);
        em.flush();
        String text = survey.getAnswerBy() == Survey.AnswerBy.LINK
                ? SurveyMessages.withLink(
                        setting.getSatisfactionQuestion(),
                        setting.getResolvedQuestion(),
                        link(SurveyTokens.sign(survey.getId(), survey.getExpiresAt(), secret())))
                : SurveyMessages.byReply(
                        setting.getSatisfactionQuestion(),
                        setting.getResolvedQuestion(),
                        setting.getHappyLabel(),
                        setting.getNotHappyLabel());
        outbound.sendAutomated(conversation, AUTHOR, text, now);
        return true;
    }

    /** The survey page's link for a token. */
    public String link(String token) {
        return publicUrl.replaceAll("/+$", "") + "/survey.xhtml?token=" + token;
    }

    /** What the public page shows for a token. */
    public Opened open(String token) {
        Optional<Survey> survey = byToken(token);
        if (survey.isEmpty()) {
            return new Opened(TokenState.REFUSED, null);
        }
        if (survey.get().isAnswered()) {
            return new Opened(TokenState.ANSWERED, null);
        }
        SurveySetting s = setting();
        return new Opened(
                TokenState.OPEN,
                new SurveyPage(
                        s.getSatisfactionQuestion(),
                        s.getResolvedQuestion(),
                        s.getHappyLabel(),
                        s.getNotHappyLabel(),
                        s.getFollowUpQuestion()));
    }

    /**
     * The public page's answer: score and the follow-up's comment at once. A token answers once: the second use
     * finds the survey answered and stores nothing.
     */
    public TokenState answer(String token, String score, String comment) {
        Optional<Survey> found = byToken(token);
        if (found.isEmpty()) {
            return TokenState.REFUSED;
        }
        Survey survey = em.find(Survey.class, found.get().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (survey.isAnswered()) {
            return TokenState.ANSWERED;
        }
        if (!SurveyReplies.HAPPY.equals(score) && !SurveyReplies.NOT_HAPPY.equals(score)) {
            throw new io.switchboard.platform.InvalidInputException("score", "must be HAPPY or NOT_HAPPY");
        }
        if (comment != null && comment.length() > 2000) {
            throw new io.switchboard.platform.InvalidInputException("comment", "must have at most 2000 characters");
        }
        Instant now = clock.instant();
        survey.answer(score, comment, now);
        announce(survey);
        return TokenState.OPEN;
    }

    /**
     * Whether a customer's message could answer a survey at all: only a text on a Solved conversation can. Intake asks
     * before calling {@link #replied}, so that most messages cost no call.
     */
    public static boolean mayBeAReply(Conversation conversation, String text) {
        return text != null && conversation.getStatus() == ConversationStatus.SOLVED;
    }

    /**
     * A customer's message on a conversation whose survey waits for a reply: a score ("1", "2"...) or, after the score,
     * the follow-up's comment, is recorded as the answer; returns whether it was one. The message stays in the
     * conversation like any other, and the conversation keeps its status (a survey answer is no new request).
     */
    public boolean replied(Conversation conversation, String text) {
        // The caller holds the conversation's lock: its messages, and so its survey replies, come one after another.
        if (!mayBeAReply(conversation, text)) {
            return false;
        }
        Instant now = clock.instant();
        Optional<Survey> pending = em.createNamedQuery(Survey.OF_CONVERSATION, Survey.class)
                .setParameter("conversationId", conversation.getId())
                .setMaxResults(1)
                .getResultStream()
                .filter(s ->
                        s.getAnswerBy() == Survey.AnswerBy.REPLY && !s.isAnswered() && now.isBefore(s.getExpiresAt()))
                .findFirst();
        if (pending.isEmpty()) {
            return false;
        }
        Survey survey = pending.get();
        SurveySetting setting = setting();
        if (survey.getScore() != null) {
            survey.comment(text.length() > 2000 ? text.substring(0, 2000) : text, now);
            announce(survey);
            return true;
        }
        Optional<SurveyReplies.Reply> reply = SurveyReplies.read(text);
        if (reply.isEmpty()) {
            return false;
        }
        String followUp = setting.getFollowUpQuestion();
        boolean waitForComment = followUp != null && reply.get().comment() == null;
        if (waitForComment) {
            survey.scoreOnly(reply.get().score(), now);
            outbound.sendAutomated(conversation, AUTHOR, followUp, now);
        } else {
            survey.answer(reply.get().score(), reply.get().comment(), now);
            announce(survey);
        }
        return true;
    }

    /** The conversation's latest survey, answered or not. */
    public Optional<SurveyAnswer> ofConversation(long conversationId) {
        return em.createNamedQuery(Survey.OF_CONVERSATION, Survey.class)
                .setParameter("conversationId", conversationId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(SurveyAnswer::of);
    }

    /**
     * Guide: "if you also configure a follow-up question in the survey, both the survey score and the follow-up answer
     * need to be received for the trigger to be activated": only a complete answer is announced.
     */
    private void announce(Survey survey) {
        changes.surveyAnswered(em.find(Conversation.class, survey.getConversationId()), survey.getScore());
    }

    private Optional<Survey> byToken(String token) {
        if (!(SurveyTokens.check(token, secret(), clock.instant()) instanceof SurveyTokens.Valid valid)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Survey.class, valid.surveyId()));
    }

    private SurveySetting setting() {
        return em.find(SurveySetting.class, SurveySetting.ID);
    }

    /** The signing secret, made by the first instance that needs it (the others find it written). */
    private String secret() {
        SurveySetting setting = setting();
        if (setting.getSigningSecret() == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            em.createQuery("update SurveySetting s set s.signingSecret = :secret"
                            + " where s.id = :id and s.signingSecret is null")
                    .setParameter(
                            "secret", Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))
                    .setParameter("id", SurveySetting.ID)
                    .executeUpdate();
            em.refresh(setting);
        }
        return setting.getSigningSecret();
    }
}
