package io.switchboard.macros.logic;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.macros.MacroAction;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The guide: "changing the conversation status to Solved cannot occur before assigning a form to the conversation.
 * The proper sequence should be to first set the form for the conversation, fill in the form data, and then proceed
 * to change the status to Solved."
 */
class MacroOrderTest {

    private static final Set<Long> MANDATORY = Set.of(7L);

    @Test
    void theGuidesSequenceRaisesNoWarning() {
        assertThat(MacroOrder.warnings(
                        List.of(
                                MacroAction.form(3L),
                                MacroAction.formFields(Map.of("7", "123456")),
                                MacroAction.status("SOLVED")),
                        MANDATORY))
                .isEmpty();
    }

    @Test
    void warnsWhenSolvedComesBeforeAMandatoryFieldIsFilled() {
        List<MacroOrder.Warning> warnings = MacroOrder.warnings(
                List.of(MacroAction.status("SOLVED"), MacroAction.formFields(Map.of("7", "123456"))), MANDATORY);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).actionIndex()).isEqualTo(1);
        assertThat(warnings.get(0).statusIndex()).isZero();
        assertThat(warnings.get(0).message()).contains("Solved").contains("mandatory");
    }

    @Test
    void warnsWhenClosedComesBeforeTheFormIsChosen() {
        assertThat(MacroOrder.warnings(List.of(MacroAction.status("CLOSED"), MacroAction.form(3L)), MANDATORY))
                .singleElement()
                .satisfies(w -> assertThat(w.message()).contains("Closed").contains("chooses the form"));
    }

    @Test
    void anOptionalFieldFilledAfterSolvedIsNoProblem() {
        assertThat(MacroOrder.warnings(
                        List.of(MacroAction.status("SOLVED"), MacroAction.formFields(Map.of("8", "note"))), MANDATORY))
                .isEmpty();
    }

    @Test
    void otherStatusesDoNotNeedTheForm() {
        assertThat(MacroOrder.warnings(
                        List.of(MacroAction.status("WAITING"), MacroAction.formFields(Map.of("7", "1"))), MANDATORY))
                .isEmpty();
    }
}
