package io.switchboard.macros.logic;

import io.switchboard.macros.MacroAction;
import io.switchboard.macros.MacroActionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The editor's warning about an order that cannot succeed. The guide: "changing the conversation status to Solved
 * cannot occur before assigning a form to the conversation. The proper sequence should be to first set the form for
 * the conversation, fill in the form data, and then proceed to change the status to Solved." A warning, not a
 * refusal: whether the form is already filled when the macro runs depends on the conversation.
 */
public final class MacroOrder {

    private MacroOrder() {}

    /** One action that comes too late, with the status change it should precede. */
    public record Warning(int actionIndex, int statusIndex, String message) {}

    /**
     * Warns about each form action that comes after a change to Solved or Closed: a later form choice, or later
     * values for a field that is mandatory on some form ({@code mandatoryFieldIds}).
     */
    public static List<Warning> warnings(List<MacroAction> actions, Set<Long> mandatoryFieldIds) {
        List<Warning> warnings = new ArrayList<>();
        int finishing = -1;
        String status = null;
        for (int i = 0; i < actions.size(); i++) {
            MacroAction action = actions.get(i);
            MacroActionType type = MacroActionType.parse(action.type()).orElse(null);
            if (type == MacroActionType.SET_STATUS
                    && finishing < 0
                    && ("SOLVED".equals(action.status()) || "CLOSED".equals(action.status()))) {
                finishing = i;
                status = "SOLVED".equals(action.status()) ? "Solved" : "Closed";
            } else if (finishing >= 0 && type == MacroActionType.SET_FORM) {
                warnings.add(new Warning(
                        i,
                        finishing,
                        "action " + (i + 1) + " chooses the form after action " + (finishing + 1) + " sets " + status
                                + "; choose the form and fill it in first"));
            } else if (finishing >= 0
                    && type == MacroActionType.SET_FORM_FIELDS
                    && fillsMandatory(action, mandatoryFieldIds)) {
                warnings.add(new Warning(
                        i,
                        finishing,
                        "action " + (i + 1) + " fills a mandatory field after action " + (finishing + 1) + " sets "
                                + status + "; " + status + " is refused while a mandatory field is empty"));
            }
        }
        return warnings;
    }

    private static boolean fillsMandatory(MacroAction action, Set<Long> mandatoryFieldIds) {
        return action.values().keySet().stream()
                .filter(key -> key != null && key.matches("[1-9][0-9]{0,17}"))
                .map(Long::parseLong)
                .anyMatch(mandatoryFieldIds::contains);
    }
}
