package io.switchboard.conversations;

import io.switchboard.channels.Channel;
import io.switchboard.conversations.logic.SlaStanding;
import io.switchboard.sentiment.logic.SentimentLabel;
import java.time.Instant;

/**
 * Which conversations a list shows; null fields do not filter. {@code displayId} is the id people see (see {@link
 * DisplayIds}): the short ID with the Short ID setting on, otherwise the conversation's id. {@code slaStanding} selects
 * conversations at risk or breached ({@link SlaStanding}); {@code botsOnly} the Chatbots view (assigned to a bot).
 * {@code formId} selects the conversations that have that form (assigned, chosen, or the default where none is);
 * {@code fieldId} those with a value in that input field, equal to {@code fieldValue} when given (ignoring case; a
 * dropdown's upper level matches its sub-values too: "Clothing" matches "Clothing: Shirts"). {@code sentiment} those
 * whose sentiment carries that label (conversations without a score yet have none).
 */
public record ConversationFilter(
        Long queueId,
        ConversationStatus status,
        Priority priority,
        Channel channel,
        Long shortId,
        Long personId,
        Instant createdFrom,
        Instant createdTo,
        Long assigneeId,
        String tag,
        Long displayId,
        SlaStanding slaStanding,
        boolean botsOnly,
        Long formId,
        Long fieldId,
        String fieldValue,
        SentimentLabel sentiment) {

    /** A filter on everything but form and field values. */
    public ConversationFilter(
            Long queueId,
            ConversationStatus status,
            Priority priority,
            Channel channel,
            Long shortId,
            Long personId,
            Instant createdFrom,
            Instant createdTo,
            Long assigneeId,
            String tag,
            Long displayId,
            SlaStanding slaStanding,
            boolean botsOnly) {
        this(
                queueId,
                status,
                priority,
                channel,
                shortId,
                personId,
                createdFrom,
                createdTo,
                assigneeId,
                tag,
                displayId,
                slaStanding,
                botsOnly,
                null,
                null,
                null,
                null);
    }

    /** This filter, narrowed to a form and to an input field's value (nulls do not filter). */
    public ConversationFilter withForm(Long form, Long field, String value) {
        return new ConversationFilter(
                queueId,
                status,
                priority,
                channel,
                shortId,
                personId,
                createdFrom,
                createdTo,
                assigneeId,
                tag,
                displayId,
                slaStanding,
                botsOnly,
                form,
                field,
                value,
                sentiment);
    }

    /** This filter, narrowed to conversations whose sentiment has this label (null does not filter). */
    public ConversationFilter withSentiment(SentimentLabel label) {
        return new ConversationFilter(
                queueId,
                status,
                priority,
                channel,
                shortId,
                personId,
                createdFrom,
                createdTo,
                assigneeId,
                tag,
                displayId,
                slaStanding,
                botsOnly,
                formId,
                fieldId,
                fieldValue,
                label);
    }

    /** A filter on everything but the SLA standing and bots. */
    public ConversationFilter(
            Long queueId,
            ConversationStatus status,
            Priority priority,
            Channel channel,
            Long shortId,
            Long personId,
            Instant createdFrom,
            Instant createdTo,
            Long assigneeId,
            String tag,
            Long displayId) {
        this(
                queueId,
                status,
                priority,
                channel,
                shortId,
                personId,
                createdFrom,
                createdTo,
                assigneeId,
                tag,
                displayId,
                null,
                false);
    }

    /** A filter on everything but the id people see. */
    public ConversationFilter(
            Long queueId,
            ConversationStatus status,
            Priority priority,
            Channel channel,
            Long shortId,
            Long personId,
            Instant createdFrom,
            Instant createdTo,
            Long assigneeId,
            String tag) {
        this(queueId, status, priority, channel, shortId, personId, createdFrom, createdTo, assigneeId, tag, null);
    }

    /** A filter on everything but assignee and tag. */
    public ConversationFilter(
            Long queueId,
            ConversationStatus status,
            Priority priority,
            Channel channel,
            Long shortId,
            Long personId,
            Instant createdFrom,
            Instant createdTo) {
        this(queueId, status, priority, channel, shortId, personId, createdFrom, createdTo, null, null);
    }
}
