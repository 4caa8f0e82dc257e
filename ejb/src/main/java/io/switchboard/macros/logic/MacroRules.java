package io.switchboard.macros.logic;

import io.switchboard.channels.Channel;
import io.switchboard.conversations.ConversationStatus;
import io.switchboard.conversations.Priority;
import io.switchboard.conversations.logic.Topics;
import io.switchboard.macros.Macro;
import io.switchboard.macros.MacroAction;
import io.switchboard.macros.MacroActionType;
import io.switchboard.macros.MacroDefinition;
import io.switchboard.platform.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a macro definition keeps, checked before it is stored; each refusal names its field (for example
 * {@code actions[1].priority}). Whether the forms, agents, queues and tags it names exist is the service's check.
 */
public final class MacroRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_ACTIONS = 30;
    public static final int MAX_TEMPLATE = 2000;
    public static final String ALL = "ALL";
    public static final String QUEUES = "QUEUES";

    /**
     * The channels whose recipient field a macro fills. The guide: "only supported for SMS, Viber Business Messages,
     * WhatsApp, and Email channel".
     */
    public static final Set<Channel> RECIPIENT_CHANNELS =
            Set.of(Channel.SMS, Channel.VIBER, Channel.WHATSAPP, Channel.EMAIL);

    private static final Pattern FIELD_ID = Pattern.compile("[1-9][0-9]{0,17}");

    private MacroRules() {}

    public static void check(MacroDefinition macro) {
        if (macro.name() == null || macro.name().isBlank()) {
            throw new InvalidInputException("name", "is required");
        }
        if (macro.name().strip().length() > MAX_NAME) {
            throw new InvalidInputException("name", "has more than " + MAX_NAME + " characters");
        }
        if (macro.description() != null && macro.description().length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("description", "has more than " + MAX_DESCRIPTION + " characters");
        }
        checkAvailability(macro.availability(), macro.queueIds());
        if (!Macro.ACTIVE.equals(macro.status()) && !Macro.INACTIVE.equals(macro.status())) {
            throw new InvalidInputException(
                    "status", "must be ACTIVE (offered to agents) or INACTIVE (kept, not offered)");
        }
        checkIds("tagIds", macro.tagIds());
        checkActions(macro.actions());
    }

    static void checkAvailability(String availability, List<Long> queueIds) {
        if (!ALL.equals(availability) && !QUEUES.equals(availability)) {
            throw new InvalidInputException(
                    "availability", "must be ALL (every agent) or QUEUES (the agents of the selected queues)");
        }
        checkIds("queueIds", queueIds);
        if (QUEUES.equals(availability) && queueIds.isEmpty()) {
            throw new InvalidInputException("queueIds", "choose at least one queue whose agents may use the macro");
        }
        if (ALL.equals(availability) && !queueIds.isEmpty()) {
            throw new InvalidInputException("queueIds", "must be empty when every agent may use the macro");
        }
    }

    static void checkActions(List<MacroAction> actions) {
        if (actions.isEmpty()) {
            throw new InvalidInputException("actions", "needs at least one action");
        }
        if (actions.size() > MAX_ACTIONS) {
            throw new InvalidInputException("actions", "has " + actions.size() + " actions; at most " + MAX_ACTIONS);
        }
        boolean template = false;
        boolean recipient = false;
        for (int i = 0; i < actions.size(); i++) {
            String field = "actions[" + i + "]";
            MacroAction action = actions.get(i);
            if (action == null) {
                throw new InvalidInputException(field, "must not be null");
            }
            MacroActionType type = MacroActionType.parse(action.type())
                    .orElseThrow(() -> new InvalidInputException(
                            field + ".type", "must be one of " + Arrays.toString(MacroActionType.values())));
            if (type == MacroActionType.TEMPLATE) {
                if (template) {
                    throw new InvalidInputException(
                            field + ".type", "a macro has one template action; put each channel's template in it");
                }
                template = true;
            }
            if (type == MacroActionType.FILL_RECIPIENT) {
                if (recipient) {
                    throw new InvalidInputException(
                            field + ".type", "a macro fills the recipient field once; keep one such action");
                }
                recipient = true;
            }
            checkAction(field, type, action);
        }
    }

    private static void checkAction(String field, MacroActionType type, MacroAction action) {
        only(field + ".status", action.status() != null, type == MacroActionType.SET_STATUS);
        only(field + ".priority", action.priority() != null, type == MacroActionType.SET_PRIORITY);
        only(field + ".formId", action.formId() != null, type == MacroActionType.SET_FORM);
        only(field + ".values", !action.values().isEmpty(), type == MacroActionType.SET_FORM_FIELDS);
        only(field + ".templates", !action.templates().isEmpty(), type == MacroActionType.TEMPLATE);
        only(field + ".tags", !action.tags().isEmpty(), type == MacroActionType.ADD_TAGS);
        only(field + ".agentId", action.agentId() != null, type == MacroActionType.ASSIGN_AGENT);
        only(field + ".queueId", action.queueId() != null, type == MacroActionType.SET_QUEUE);
        only(field + ".topic", action.topic() != null, type == MacroActionType.SET_TOPIC);
        only(field + ".channel", action.channel() != null, type == MacroActionType.FILL_RECIPIENT);
        only(field + ".senderId", action.senderId() != null, type == MacroActionType.FILL_RECIPIENT);
        switch (type) {
            case SET_STATUS -> oneOf(field + ".status", action.status(), ConversationStatus.values());
            case SET_PRIORITY -> oneOf(field + ".priority", action.priority(), Priority.values());
            case SET_FORM -> positive(field + ".formId", action.formId());
            case SET_FORM_FIELDS -> checkValues(field + ".values", action.values());
            case TEMPLATE -> checkTemplates(field + ".templates", action.templates());
            case ADD_TAGS -> checkTags(field + ".tags", action.tags());
            case ASSIGN_AGENT -> positive(field + ".agentId", action.agentId());
            case SET_QUEUE -> positive(field + ".queueId", action.queueId());
            case SET_TOPIC -> Topics.checked(field + ".topic", action.topic());
            case FILL_RECIPIENT -> {
                checkRecipientChannel(field + ".channel", action.channel());
                positive(field + ".senderId", action.senderId());
            }
        }
    }

    private static void only(String field, boolean given, boolean applies) {
        if (given && !applies) {
            throw new InvalidInputException(field, "does not apply to this action's type");
        }
    }

    private static void oneOf(String field, String value, Enum<?>[] allowed) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        if (Arrays.stream(allowed).noneMatch(e -> e.name().equals(value))) {
            throw new InvalidInputException(field, "must be one of " + Arrays.toString(allowed));
        }
    }

    private static void positive(String field, Long id) {
        if (id == null) {
            throw new InvalidInputException(field, "is required");
        }
        if (id <= 0) {
            throw new InvalidInputException(field, "is not an id");
        }
    }

    private static void checkIds(String field, List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            positive(field + "[" + i + "]", ids.get(i));
        }
    }

    private static void checkValues(String field, Map<String, String> values) {
        if (values.isEmpty()) {
            throw new InvalidInputException(field, "fill in at least one field");
        }
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (entry.getKey() == null || !FIELD_ID.matcher(entry.getKey()).matches()) {
                throw new InvalidInputException(field + "." + entry.getKey(), "is not an input field's id");
            }
            if (entry.getValue() == null) {
                throw new InvalidInputException(field + "." + entry.getKey(), "must be text");
            }
        }
    }

    private static void checkTemplates(String field, Map<String, String> templates) {
        if (templates.isEmpty()) {
            throw new InvalidInputException(field, "write a template for at least one channel");
        }
        for (Map.Entry<String, String> entry : templates.entrySet()) {
            String place = field + "." + entry.getKey();
            if (Arrays.stream(Channel.values()).noneMatch(c -> c.name().equals(entry.getKey()))) {
                throw new InvalidInputException(place, "is not a channel; one of " + Arrays.toString(Channel.values()));
            }
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                throw new InvalidInputException(place, "is empty");
            }
            if (entry.getValue().length() > MAX_TEMPLATE) {
                throw new InvalidInputException(place, "has more than " + MAX_TEMPLATE + " characters");
            }
        }
    }

    /** A recipient channel as people name it. */
    public static String channelName(Channel channel) {
        return switch (channel) {
            case SMS -> "SMS";
            case WHATSAPP -> "WhatsApp";
            case VIBER -> "Viber";
            case EMAIL -> "email";
            default -> channel.name();
        };
    }

    private static void checkRecipientChannel(String field, String channel) {
        if (channel == null) {
            throw new InvalidInputException(field, "is required");
        }
        if (RECIPIENT_CHANNELS.stream().noneMatch(c -> c.name().equals(channel))) {
            throw new InvalidInputException(
                    field, "the recipient field is filled only for SMS, Viber, WhatsApp and Email, not " + channel);
        }
    }

    private static void checkTags(String field, List<String> tags) {
        if (tags.isEmpty()) {
            throw new InvalidInputException(field, "name at least one tag");
        }
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i) == null || tags.get(i).isBlank()) {
                throw new InvalidInputException(field + "[" + i + "]", "is empty");
            }
        }
    }
}
