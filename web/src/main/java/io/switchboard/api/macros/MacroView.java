package io.switchboard.api.macros;

import io.switchboard.macros.Macro;
import io.switchboard.macros.MacroAction;
import io.switchboard.macros.MacroService;
import io.switchboard.macros.MacroTag;
import io.switchboard.queues.Queue;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A macro as the API answers it; {@code warnings} are the editor's order warnings (an action that fills the form
 * after Solved or Closed), which do not stop it being saved.
 */
public record MacroView(
        long id,
        String name,
        String description,
        String availability,
        String status,
        List<Long> queueIds,
        List<MacroTagView> tags,
        List<MacroActionRequest> actions,
        List<String> warnings,
        Instant createdAt,
        Instant updatedAt) {

    static MacroView of(Macro macro, MacroService service) {
        List<MacroAction> actions = service.actions(macro);
        return new MacroView(
                macro.getId(),
                macro.getName(),
                macro.getDescription(),
                macro.getAvailability(),
                macro.getStatus(),
                macro.getQueues().stream().map(Queue::getId).sorted().toList(),
                macro.getTags().stream()
                        .sorted(Comparator.comparing(MacroTag::getName))
                        .map(MacroTagView::of)
                        .toList(),
                actions.stream().map(MacroActionRequest::of).toList(),
                service.warnings(actions).stream().map(w -> w.message()).toList(),
                macro.getCreatedAt(),
                macro.getUpdatedAt());
    }
}
