package io.switchboard.admin.dashboard;

import io.switchboard.admin.support.Labels;
import io.switchboard.agents.AgentStatusGroup;
import io.switchboard.dashboard.DashboardNow;
import io.switchboard.dashboard.DashboardService;
import io.switchboard.dashboard.HourPoint;
import io.switchboard.dashboard.QueueNow;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The live supervisor dashboard: the engine's numbers per queue and the last 24 hours as Chart.js charts, read
 * afresh on every request (pushed after conversation changes, polled every 10 seconds), so the bean lives for one request. Managers and supervisors get links to act in All Work;
 * Analytics Managers read.
 */
@Named
@RequestScoped
public class DashboardBean {

    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    @EJB
    DashboardService dashboard;

    private DashboardNow now;

    /** Reads the numbers once per request (the table and both charts share them). */
    public DashboardNow getNow() {
        if (now == null) {
            now = dashboard.now(null, DashboardService.DEFAULT_HOURS);
        }
        return now;
    }

    public List<QueueNow> getQueues() {
        return getNow().getQueues();
    }

    public AgentStatusGroup[] getGroups() {
        return AgentStatusGroup.values();
    }

    public String waited(QueueNow queue) {
        return queue.getWaiting() == 0 ? "–" : Labels.length(Duration.ofSeconds(queue.getLongestWaitSeconds()));
    }

    /** "2 Available · 1 Busy" with only the groups that have agents. */
    public String agents(QueueNow queue) {
        StringBuilder text = new StringBuilder();
        for (AgentStatusGroup group : AgentStatusGroup.values()) {
            int count = queue.getAgentsByGroup().get(group);
            if (count > 0) {
                text.append(text.isEmpty() ? "" : " · ")
                        .append(count)
                        .append(' ')
                        .append(Labels.words(group));
            }
        }
        return text.isEmpty() ? "No agents" : text.toString();
    }

    public String getUpdatedAt() {
        return Labels.time(getNow().getAt());
    }

    public long getTotalWaiting() {
        return getQueues().stream().mapToLong(QueueNow::getWaiting).sum();
    }

    public long getTotalMessagesIn() {
        return getQueues().stream().mapToLong(QueueNow::getMessagesInLastHour).sum();
    }

    public boolean isMayAct() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("MANAGER") || external.isUserInRole("ACCOUNT_MANAGER");
    }

    /** Conversations started and customers' messages per hour (a Chart.js bar chart). */
    public String getVolumeChart() {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset("Conversations started", p -> p.getConversations(), "#3b82f6"))
                .add(dataset("Customers' messages", p -> p.getMessagesIn(), "#10b981"));
        return chart("bar", datasets, "Per hour, last 24 hours (UTC)");
    }

    /** The mean wait for a first answer per hour, in minutes (a Chart.js line chart). */
    public String getWaitChart() {
        JsonArrayBuilder values = Json.createArrayBuilder();
        getNow().getHours().forEach(p -> values.add(Math.round(p.getMeanWaitSeconds() / 6.0) / 10.0));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("label", "Mean wait for a first answer (minutes)")
                        .add("data", values)
                        .add("borderColor", "#f59e0b")
                        .add("backgroundColor", "#f59e0b")
                        .add("tension", 0.2));
        return chart("line", datasets, "Minutes, by the hour conversations started (UTC)");
    }

    private JsonObjectBuilder dataset(String label, ToLongFunction<HourPoint> value, String color) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        getNow().getHours().forEach(p -> values.add(value.applyAsLong(p)));
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", values)
                .add("backgroundColor", color);
    }

    private String chart(String type, JsonArrayBuilder datasets, String title) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        getNow().getHours().forEach(p -> labels.add(HOUR.format(p.getStart())));
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("responsive", true)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "title",
                                                        Json.createObjectBuilder()
                                                                .add("display", true)
                                                                .add("text", title))))
                .build()
                .toString();
    }
}
