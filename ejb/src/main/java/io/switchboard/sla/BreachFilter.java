package io.switchboard.sla;

import io.switchboard.sentiment.logic.SentimentLabel;
import java.time.Instant;
import java.util.Properties;

/**
 * Which breaches a report shows: by queue, agent, severity, metric and a due-time range (all optional, from inclusive),
 * and by the conversation's form and a form field's value, as All Work filters them (a value needs its field); and by
 * the conversation's sentiment label as scored so far, as All Work filters it (a conversation not scored yet has none).
 */
public record BreachFilter(
        Long queueId,
        Long agentId,
        String severity,
        SlaMetric metric,
        Instant from,
        Instant to,
        Long formId,
        Long fieldId,
        String fieldValue,
        SentimentLabel sentiment) {

    /** A filter on everything but forms and sentiment. */
    public BreachFilter(Long queueId, Long agentId, String severity, SlaMetric metric, Instant from, Instant to) {
        this(queueId, agentId, severity, metric, from, to, null, null, null, null);
    }

    /** A filter on everything but sentiment. */
    public BreachFilter(
            Long queueId,
            Long agentId,
            String severity,
            SlaMetric metric,
            Instant from,
            Instant to,
            Long formId,
            Long fieldId,
            String fieldValue) {
        this(queueId, agentId, severity, metric, from, to, formId, fieldId, fieldValue, null);
    }

    /** This filter, narrowed to breaches of conversations whose sentiment has this label (null does not filter). */
    public BreachFilter withSentiment(SentimentLabel label) {
        return new BreachFilter(queueId, agentId, severity, metric, from, to, formId, fieldId, fieldValue, label);
    }

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
        if (formId != null) {
            properties.setProperty("form", formId.toString());
        }
        if (fieldId != null) {
            properties.setProperty("field", fieldId.toString());
        }
        if (fieldValue != null) {
            properties.setProperty("fieldValue", fieldValue);
        }
        if (sentiment != null) {
            properties.setProperty("sentiment", sentiment.name());
        }
        return properties;
    }

    public static BreachFilter of(Properties properties) {
        String queue = properties.getProperty("queue");
        String agent = properties.getProperty("agent");
        String from = properties.getProperty("from");
        String to = properties.getProperty("to");
        String metric = properties.getProperty("metric");
        String form = properties.getProperty("form");
        String field = properties.getProperty("field");
        String sentiment = properties.getProperty("sentiment");
        return new BreachFilter(
                queue == null ? null : Long.valueOf(queue),
                agent == null ? null : Long.valueOf(agent),
                properties.getProperty("severity"),
                metric == null ? null : SlaMetric.valueOf(metric),
                from == null ? null : Instant.parse(from),
                to == null ? null : Instant.parse(to),
                form == null ? null : Long.valueOf(form),
                field == null ? null : Long.valueOf(field),
                properties.getProperty("fieldValue"),
                sentiment == null ? null : SentimentLabel.valueOf(sentiment));
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
