package io.switchboard.assignment;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.List;

/**
 * One agent considered by an assignment decision, with the values it was scored on. A decision keeps its candidates
 * as one JSON array in its own row ({@link #toJson}): a decision is written once per assignment on the inbound path
 * and read only to explain it, so one column costs one value where a table of candidates cost a row each (V59).
 */
public final class AssignmentCandidate {

    // One provider for all calls: Json.createXxx() looks the provider up again each time.
    private static final JsonProvider JSON = JsonProvider.provider();

    private final long agentId;
    private final String agentName;
    private final double workload;
    private final long unservedSeconds;
    private final double score;
    private final boolean chosen;

    public AssignmentCandidate(
            long agentId, String agentName, double workload, long unservedSeconds, double score, boolean chosen) {
        this.agentId = agentId;
        this.agentName = agentName;
        this.workload = workload;
        this.unservedSeconds = unservedSeconds;
        this.score = score;
        this.chosen = chosen;
    }

    public long getAgentId() {
        return agentId;
    }

    public String getAgentName() {
        return agentName;
    }

    public double getWorkload() {
        return workload;
    }

    public long getUnservedSeconds() {
        return unservedSeconds;
    }

    public double getScore() {
        return score;
    }

    public boolean isChosen() {
        return chosen;
    }

    /** The candidates as the decision's row keeps them: a JSON array of objects, in the given order. */
    public static String toJson(List<AssignmentCandidate> candidates) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (AssignmentCandidate c : candidates) {
            array.add(JSON.createObjectBuilder()
                    .add("agentId", c.agentId)
                    .add("agentName", c.agentName == null ? "" : c.agentName)
                    .add("workload", c.workload)
                    .add("unservedSeconds", c.unservedSeconds)
                    .add("score", c.score)
                    .add("chosen", c.chosen));
        }
        return array.build().toString();
    }

    /** The candidates read back from {@link #toJson}'s text, in their order. */
    public static List<AssignmentCandidate> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (var reader = JSON.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonObject.class).stream()
                    .map(o -> new AssignmentCandidate(
                            o.getJsonNumber("agentId").longValue(),
                            o.getString("agentName"),
                            o.getJsonNumber("workload").doubleValue(),
                            o.getJsonNumber("unservedSeconds").longValue(),
                            o.getJsonNumber("score").doubleValue(),
                            o.getBoolean("chosen")))
                    .toList();
        }
    }
}
