package io.switchboard.sla;

import java.time.Instant;
import java.util.Properties;

/**
 * Which breaches a report shows: by queue, agent, severity, metric and a due-time range (all optional, from inclusive).
 */
public record BreachFilter(Long queueId, Long agentId, String severity, SlaMetric metric, Instant from, Instant to) {

    /** As batch job parameters. */
    public Properties toProperties() {
        Properties properties = new Properties();
        if (queueId != null) {
            properties.setProperty("queue", queueId.toString());
        }
        if (agentId != null) {
            properties.setProperty("agent", agentId.toString());
        }
        if (severity != null) {
            properties.setProperty("severity", severity);
        }
        if (metric != null) {
            properties.setProperty("metric", metric.name());
        }
        if (from != null) {
            properties.setProperty("from", from.toString());
        }
        if (to != null) {
            properties.setProperty("to", to.toString());
        }
        return properties;
    }

    public static BreachFilter of(Properties properties) {
        String queue = properties.getProperty("queue");
        String agent = properties.getProperty("agent");
        String from = properties.getProperty("from");
        String to = properties.getProperty("to");
        String metric = properties.getProperty("metric");
        return new BreachFilter(
                queue == null ? null : Long.valueOf(queue),
                agent == null ? null : Long.valueOf(agent),
                properties.getProperty("severity"),
                metric == null ? null : SlaMetric.valueOf(metric),
                from == null ? null : Instant.parse(from),
                to == null ? null : Instant.parse(to));
    }

    /** The filter as the query string of the report. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        toProperties()
                .forEach((key, value) -> text.append(text.length() == 0 ? "" : "&")
                        .append(key)
                        .append('=')
                        .append(value));
        return text.toString();
    }
}
