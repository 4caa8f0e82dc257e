package io.switchboard.sla;

/**
 * The orders the breach report can be read in: each a column of the report, sorted by the database (the report is
 * paged, so a page sorted on its own would lie). A fixed list, so no sort field from a request reaches the query.
 */
public enum BreachOrder {
    CONVERSATION("b.conversationId"),
    METRIC("b.metric"),
    POLICY("b.policyName"),
    SEVERITY("b.severityName"),
    DUE("b.dueAt"),
    LATE_BY("b.breachedBySeconds");

    private final String path;

    BreachOrder(String path) {
        this.path = path;
    }

    /** The JPQL order-by clause, ties broken by id so pages never overlap. */
    String clause(boolean descending) {
        String direction = descending ? " desc" : "";
        return " order by " + path + direction + ", b.id" + direction;
    }
}
