package io.switchboard.lifecycle.macros;

import io.switchboard.channels.Channel;
import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderService;
import io.switchboard.conversations.Conversation;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.Priority;
import io.switchboard.forms.ConversationFormService;
import io.switchboard.lifecycle.ConversationService;
import io.switchboard.macros.Macro;
import io.switchboard.macros.MacroAction;
import io.switchboard.macros.MacroService;
import io.switchboard.macros.logic.MacroRules;
import io.switchboard.macros.logic.TemplatePick;
import io.switchboard.people.PersonContact;
import io.switchboard.people.PersonService;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.DomainException;
import io.switchboard.platform.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a macro to a conversation: its actions run in order in one transaction, each through the same service as
 * an agent's or the API's change (so the form's mandatory fields still block Solved and Closed). If one cannot be
 * done, nothing is applied and the refusal names the action and why (the guide: "it is crucial to carefully select
 * their order, as it can significantly affect the macro's ability to execute successfully").
 */
@Stateless
public class MacroApplication {

    /**
     * What applying did: the actions done, in order, the template for the conversation's channel (or null), and the
     * recipient field the composer gets (or null).
     */
    public record Applied(long macroId, String macroName, List<String> done, String template, Recipient recipient) {}

    /**
     * The composer's recipient field as a macro fills it: the customer's address on {@code channel}, written to from
     * the sender the macro names. The guide: "choose a channel, and upon applying the macro, it will be utilized based
     * on the sender previously selected". Nothing is sent.
     */
    public record Recipient(String channel, String address, long senderId, String sender) {}

    @EJB
    MacroService macros;

    @EJB
    ConversationService conversations;

    @EJB
    ConversationFormService forms;

    @EJB
    PersonService people;

    @EJB
    SenderService senders;

    public Applied apply(long conversationId, long macroId) {
        Conversation conversation = conversations.find(conversationId);
        Macro macro = macros.find(macroId);
        if (!macro.isActive()) {
            throw ConflictException.onField(
                    "macroId", "the macro '" + macro.getName() + "' is inactive: a supervisor switched it off");
        }
        if (!macro.isAvailableIn(conversation.getQueue().getId())) {
            throw ConflictException.onField(
                    "macroId",
                    "the macro '" + macro.getName() + "' is not available in the queue '"
                            + conversation.getQueue().getName() + "'");
        }
        List<MacroAction> actions = macros.actions(macro);
        List<String> done = new ArrayList<>();
        String template = null;
        Recipient recipient = null;
        for (int i = 0; i < actions.size(); i++) {
            MacroAction action = actions.get(i);
            try {
                switch (action.kind()) {
                    case TEMPLATE ->
                        template = TemplatePick.forChannel(action.templates(), conversation.getChannel())
                                .orElse(null);
                    case FILL_RECIPIENT -> recipient = recipient(conversation, action);
                    default -> run(conversationId, action);
                }
            } catch (DomainException refused) {
                throw refusal(i, action, refused);
            }
            done.add(action.kind().label());
        }
        return new Applied(macro.getId(), macro.getName(), done, template, recipient);
    }

    /** Runs one action that changes the conversation. */
    private void run(long id, MacroAction action) {
        switch (action.kind()) {
            case SET_STATUS -> conversations.changeStatus(id, ConversationStatus.valueOf(action.status()));
            case SET_PRIORITY -> conversations.changePriority(id, Priority.valueOf(action.priority()));
            case SET_FORM -> forms.fill(id, action.formId(), Map.of());
            case SET_FORM_FIELDS -> forms.fill(id, null, action.values());
            case ADD_TAGS -> action.tags().forEach(tag -> conversations.tag(id, tag.strip()));
            case ASSIGN_AGENT -> conversations.assign(id, action.agentId());
            case SET_QUEUE -> conversations.moveToQueue(id, action.queueId());
            case SET_TOPIC -> conversations.changeTopic(id, action.topic());
            default -> throw new IllegalStateException(action.kind() + " does not change the conversation");
        }
    }

    /** The customer's address on the action's channel, from its sender; refused when the customer has none there. */
    private Recipient recipient(Conversation conversation, MacroAction action) {
        Sender sender = senders.find(action.senderId());
        Channel channel = Channel.valueOf(action.channel());
        String address = people.contacts(conversation.getPerson().getId()).stream()
                .filter(contact -> contact.getChannel() == channel)
                .map(PersonContact::getAddress)
                .findFirst()
                .orElseThrow(() ->
                        new ConflictException("the customer has no " + MacroRules.channelName(channel) + " address"));
        return new Recipient(
                channel.name(),
                address,
                sender.getId(),
                (sender.getName() == null ? "" : sender.getName() + " · ") + sender.getAddress());
    }

    /** The refusal of the whole macro, naming the action (1-based in words, its place in {@code actions}). */
    private static ConflictException refusal(int index, MacroAction action, DomainException refused) {
        String why = refused instanceof InvalidInputException invalid ? invalid.getReason() : refused.getMessage();
        String message = "action " + (index + 1) + " (" + action.kind().label() + ") cannot be done: " + why
                + "; nothing was applied";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("actions[" + index + "]", message);
        if (refused instanceof ConflictException conflict) {
            fields.putAll(conflict.getFields());
        }
        return new ConflictException(message, fields);
    }
}
