package io.switchboard.api.macros;

import io.switchboard.macros.MacroDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * A macro as a whole: {@code {"name","description","availability":"ALL"|"QUEUES","queueIds":[...],"tagIds":[...],
 * "actions":[...],"status":"ACTIVE"|"INACTIVE"}}.
 */
public class MacroRequest {

    public String name;
    public String description;
    /** Left out: ALL (every agent). */
    public String availability;
    /** Left out: ACTIVE (offered to agents). */
    public String status;

    public List<Long> queueIds;
    public List<Long> tagIds;
    public List<MacroActionRequest> actions;

    MacroDefinition definition() {
        List<io.switchboard.macros.MacroAction> parsed = new ArrayList<>();
        for (int i = 0; actions != null && i < actions.size(); i++) {
            parsed.add(actions.get(i) == null ? null : actions.get(i).toAction());
        }
        return new MacroDefinition(
                name,
                description,
                availability == null ? "ALL" : availability,
                queueIds,
                tagIds,
                parsed,
                status == null ? "ACTIVE" : status);
    }
}
