package io.switchboard.conditions;

import io.switchboard.channels.Channel;
import io.switchboard.companies.CompanyDetails;
import io.switchboard.people.PersonDetails;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What conditions (of routes, SLA policies) know about a conversation when they are evaluated: the customer's message
 * (channel, content, addresses, email fields, channel-specific and custom attributes passed with it), the
 * conversation's tags, the queues whose senders include the conversation's sender, and the customer with their
 * company (either may be absent).
 *
 * @param senderId          the sender the message was written to (the conversation's "to")
 * @param visitor           true for an anonymous Live Chat visitor, false for an authenticated customer
 * @param channelAttributes Apple Messages for Business fields: deviceAgent, group, intent, locale
 * @param customAttributes  data passed with the message (IVR inputs, web-call custom data)
 * @param senderQueueIds    the queues whose senders include {@code senderId}
 * @param workflow          what only workflows know (null for routing, SLA policies and forms)
 */
public record Facts(
        Channel channel,
        String content,
        String from,
        Long senderId,
        boolean visitor,
        String subject,
        List<String> cc,
        List<String> bcc,
        Map<String, String> channelAttributes,
        Map<String, String> customAttributes,
        Set<String> conversationTags,
        Set<Long> senderQueueIds,
        PersonDetails person,
        CompanyDetails company,
        WorkflowFacts workflow) {

    /** Facts as routing knows them, without what only workflows know. */
    public Facts(
            Channel channel,
            String content,
            String from,
            Long senderId,
            boolean visitor,
            String subject,
            List<String> cc,
            List<String> bcc,
            Map<String, String> channelAttributes,
            Map<String, String> customAttributes,
            Set<String> conversationTags,
            Set<Long> senderQueueIds,
            PersonDetails person,
            CompanyDetails company) {
        this(
                channel,
                content,
                from,
                senderId,
                visitor,
                subject,
                cc,
                bcc,
                channelAttributes,
                customAttributes,
                conversationTags,
                senderQueueIds,
                person,
                company,
                null);
    }

    /** These facts with what only workflows know. */
    public Facts withWorkflow(WorkflowFacts known) {
        return new Facts(
                channel,
                content,
                from,
                senderId,
                visitor,
                subject,
                cc,
                bcc,
                channelAttributes,
                customAttributes,
                conversationTags,
                senderQueueIds,
                person,
                company,
                known);
    }

    public Facts {
        cc = cc == null ? List.of() : List.copyOf(cc);
        bcc = bcc == null ? List.of() : List.copyOf(bcc);
        channelAttributes = channelAttributes == null ? Map.of() : Map.copyOf(channelAttributes);
        customAttributes = customAttributes == null ? Map.of() : Map.copyOf(customAttributes);
        conversationTags = conversationTags == null ? Set.of() : Set.copyOf(conversationTags);
        senderQueueIds = senderQueueIds == null ? Set.of() : Set.copyOf(senderQueueIds);
    }
}
