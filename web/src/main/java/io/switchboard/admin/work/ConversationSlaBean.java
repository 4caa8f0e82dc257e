package io.switchboard.admin.work;

import io.switchboard.admin.support.Labels;
import io.switchboard.conversations.ConversationSummary;
import io.switchboard.sla.SlaBreach;
import io.switchboard.sla.SlaTracker;
import io.switchboard.sla.logic.MetricState;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The All Work view's SLA panel: the chosen conversation's policy, severity, clocks and recorded breaches. */
@Named
@ViewScoped
public class ConversationSlaBean implements Serializable {

    @EJB
    transient SlaTracker sla;

    @Inject
    AllWorkBean allWork;

    // Read once per choice of a conversation.
    private int slaOf = -1;
    private SlaView slaView;

    /** The selected conversation's SLA as it stands when selected; null without a selection. */
    public SlaView getSla() {
        ConversationSummary selected = allWork.getSelected();
        if (selected == null) {
            return null;
        }
        if (slaView == null || slaOf != allWork.getChoice()) {
            slaOf = allWork.getChoice();
            SlaTracker.SlaState state = sla.state(selected.getId());
            List<ClockRow> clocks = state.clocks().stream()
                    .map(c -> new ClockRow(
                            Labels.words(c.metric()),
                            Labels.words(c.status()),
                            Labels.length(c.target()),
                            c.due() == null ? "" : Labels.time(c.due()),
                            c.status() == MetricState.Status.RUNNING || c.status() == MetricState.Status.PAUSED
                                    ? Labels.length(c.remaining())
                                    : "",
                            c.breachedBy().isZero() ? "" : Labels.length(c.breachedBy())))
                    .toList();
            List<BreachRow> breaches = state.breaches().stream()
                    .map(b -> new BreachRow(
                            b, b.getDueAt() == null ? "" : Labels.time(b.getDueAt()), Labels.length(b.getBreachedBy())))
                    .toList();
            slaView = new SlaView(
                    state.policy() == null ? null : state.policy().getName(), state.severity(), clocks, breaches);
        }
        return slaView;
    }

    /** The selected conversation's SLA: policy, severity, each clock, and the recorded breaches. */
    public static final class SlaView implements Serializable {
        private final String policy;
        private final String severity;
        private final List<ClockRow> clocks;
        private final List<BreachRow> breaches;

        SlaView(String policy, String severity, List<ClockRow> clocks, List<BreachRow> breaches) {
            this.policy = policy;
            this.severity = severity;
            this.clocks = clocks;
            this.breaches = breaches;
        }

        public String getPolicy() {
            return policy;
        }

        public String getSeverity() {
            return severity;
        }

        public List<ClockRow> getClocks() {
            return clocks;
        }

        public List<BreachRow> getBreaches() {
            return breaches;
        }
    }

    /** One SLA clock as the panel shows it; times in UTC, durations as counted (working time when so promised). */
    public static final class ClockRow implements Serializable {
        private final String metric;
        private final String status;
        private final String target;
        private final String due;
        private final String remaining;
        private final String breachedBy;

        ClockRow(String metric, String status, String target, String due, String remaining, String breachedBy) {
            this.metric = metric;
            this.status = status;
            this.target = target;
            this.due = due;
            this.remaining = remaining;
            this.breachedBy = breachedBy;
        }

        public String getMetric() {
            return metric;
        }

        public String getStatus() {
            return status;
        }

        public String getTarget() {
            return target;
        }

        public String getDue() {
            return due;
        }

        public String getRemaining() {
            return remaining;
        }

        public String getBreachedBy() {
            return breachedBy;
        }
    }

    /** A recorded breach of the selected conversation. */
    public static final class BreachRow implements Serializable {
        private final String metric;
        private final String policy;
        private final String severity;
        private final String due;
        private final String breachedBy;

        BreachRow(SlaBreach breach, String due, String breachedBy) {
            metric = Labels.words(breach.getMetric());
            policy = breach.getPolicyName();
            severity = breach.getSeverityName();
            this.due = due;
            this.breachedBy = breachedBy;
        }

        public String getMetric() {
            return metric;
        }

        public String getPolicy() {
            return policy;
        }

        public String getSeverity() {
            return severity;
        }

        public String getDue() {
            return due;
        }

        public String getBreachedBy() {
            return breachedBy;
        }
    }
}
