package io.switchboard.conditions;

import io.switchboard.channels.Channel;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What only workflow conditions know of a conversation, read when a workflow is evaluated (routing decides before
 * most of it exists): where the conversation stands, who works on it, its form and the values filled in.
 *
 * @param queueId                   the conversation's queue (null: none)
 * @param direction                 INBOUND (the customer started it) or OUTBOUND (an agent did)
 * @param status                    OPEN, WAITING or SOLVED
 * @param formId                    the form that applies to the conversation (null: none)
 * @param firstMessage              the triggering message is the conversation's first; null when no message triggered
 * @param hoursSinceAssigneeUpdated whole hours since the assignee last wrote in the conversation (null: never)
 * @param agentStatus               the assignee's status group (AVAILABLE, BUSY, AWAY, UNAVAILABLE); null unassigned
 * @param senderAddress             the address of the business's sender in the conversation (the agent's contact)
 * @param formValues                the conversation's form field values by field id, in normal form
 * @param channelsUsed              the channels the conversation's messages went over
 * @param sentiment                 NEGATIVE, NEUTRAL or POSITIVE as scored so far (the triggering message may not be
 *                                  scored yet: scoring runs after it is stored); null when nothing is scored
 */
public record WorkflowFacts(
        Long queueId,
        String direction,
        String status,
        Long formId,
        Boolean firstMessage,
        BigDecimal hoursSinceAssigneeUpdated,
        boolean assigned,
        String agentStatus,
        String senderAddress,
        Map<Long, String> formValues,
        Set<Channel> channelsUsed,
        String sentiment) {

    /** The facts without a sentiment. */
    public WorkflowFacts(
            Long queueId,
            String direction,
            String status,
            Long formId,
            Boolean firstMessage,
            BigDecimal hoursSinceAssigneeUpdated,
            boolean assigned,
            String agentStatus,
            String senderAddress,
            Map<Long, String> formValues,
            Set<Channel> channelsUsed) {
        this(
                queueId,
                direction,
                status,
                formId,
                firstMessage,
                hoursSinceAssigneeUpdated,
                assigned,
                agentStatus,
                senderAddress,
                formValues,
                channelsUsed,
                null);
    }

    /** These facts with the conversation's sentiment label (null: not scored). */
    public WorkflowFacts withSentiment(String label) {
        return new WorkflowFacts(
                queueId,
                direction,
                status,
                formId,
                firstMessage,
                hoursSinceAssigneeUpdated,
                assigned,
                agentStatus,
                senderAddress,
                formValues,
                channelsUsed,
                label);
    }

    public WorkflowFacts {
        formValues = formValues == null ? Map.of() : Map.copyOf(formValues);
        channelsUsed = channelsUsed == null ? Set.of() : Set.copyOf(channelsUsed);
    }

    /** The channels used by name, and MULTICHANNEL with two or more ("At least 2 channels need to be used", guide). */
    public Set<String> channelValues() {
        Set<String> values = new HashSet<>();
        channelsUsed.forEach(c -> values.add(c.name()));
        if (channelsUsed.size() >= 2) {
            values.add(ConditionValues.MULTICHANNEL);
        }
        return values;
    }

    /** The domain of the sender's address when it is an email address ("support@acme.com": acme.com), else null. */
    public String senderDomain() {
        if (senderAddress == null) {
            return null;
        }
        int at = senderAddress.lastIndexOf('@');
        return at < 0 || at == senderAddress.length() - 1 ? null : senderAddress.substring(at + 1);
    }
}
