package io.switchboard.macros;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A macro as a supervisor writes it: {@code availability} {@code ALL} (every agent) or {@code QUEUES} (the agents of
 * {@code queueIds}), macro tags by id, the actions in the order they run, and its {@code status} {@code ACTIVE}
 * (offered to agents) or {@code INACTIVE} (kept, but neither offered nor applied).
 */
public record MacroDefinition(
        String name,
        String description,
        String availability,
        List<Long> queueIds,
        List<Long> tagIds,
        List<MacroAction> actions,
        String status) {

    public MacroDefinition {
        // Copies that keep nulls, so MacroRules can name a null element's place.
        queueIds = queueIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(queueIds));
        tagIds = tagIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tagIds));
        actions = actions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(actions));
    }

    /** An active macro. */
    public MacroDefinition(
            String name,
            String description,
            String availability,
            List<Long> queueIds,
            List<Long> tagIds,
            List<MacroAction> actions) {
        this(name, description, availability, queueIds, tagIds, actions, Macro.ACTIVE);
    }
}
