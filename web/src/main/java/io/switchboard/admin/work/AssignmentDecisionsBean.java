package io.switchboard.admin.work;

import io.switchboard.admin.support.Labels;
import io.switchboard.assignment.AssignmentCandidate;
import io.switchboard.assignment.AssignmentDecision;
import io.switchboard.assignment.AssignmentService;
import io.switchboard.conversations.ConversationSummary;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The All Work view's assignment panel: the automatic assignment decisions of the chosen conversation. */
@Named
@ViewScoped
public class AssignmentDecisionsBean implements Serializable {

    @EJB
    transient AssignmentService assignment;

    @Inject
    AllWorkBean allWork;

    // Read once per choice of a conversation.
    private int decisionsOf = -1;
    private List<DecisionRow> decisions;

    /** The automatic assignment decisions of the selected conversation, one row per candidate (or per decision). */
    public List<DecisionRow> getDecisions() {
        ConversationSummary selected = allWork.getSelected();
        if (selected == null) {
            return null;
        }
        if (decisions == null || decisionsOf != allWork.getChoice()) {
            decisionsOf = allWork.getChoice();
            decisions = new ArrayList<>();
            for (AssignmentDecision d : assignment.decisions(selected.getId())) {
                String head = Labels.time(d.getDecidedAt()) + " · " + d.getTrigger() + " · " + d.getMethod() + " → "
                        + (d.getAgentName() == null ? "nobody" : d.getAgentName()) + " (" + d.getReason() + ")";
                if (d.getCandidates().isEmpty()) {
                    decisions.add(new DecisionRow(head, null, null, null, null, false));
                }
                for (AssignmentCandidate c : d.getCandidates()) {
                    decisions.add(new DecisionRow(
                            head,
                            c.getAgentName(),
                            String.format(Locale.ROOT, "%.1f", c.getWorkload()),
                            c.getUnservedSeconds(),
                            String.format(Locale.ROOT, "%.3f", c.getScore()),
                            c.isChosen()));
                }
            }
        }
        return decisions;
    }

    /** One candidate of one decision, as the table shows it. */
    public static final class DecisionRow implements Serializable {
        private final String decision;
        private final String agent;
        private final String workload;
        private final Long unservedSeconds;
        private final String score;
        private final boolean chosen;

        DecisionRow(
                String decision, String agent, String workload, Long unservedSeconds, String score, boolean chosen) {
            this.decision = decision;
            this.agent = agent;
            this.workload = workload;
            this.unservedSeconds = unservedSeconds;
            this.score = score;
            this.chosen = chosen;
        }

        public String getDecision() {
            return decision;
        }

        public String getAgent() {
            return agent;
        }

        public String getWorkload() {
            return workload;
        }

        public Long getUnservedSeconds() {
            return unservedSeconds;
        }

        public String getScore() {
            return score;
        }

        public boolean isChosen() {
            return chosen;
        }
    }
}
