package io.switchboard.platform;

/**
 * EclipseLink query hints for named queries on the message path, given in the annotation so that the query is
 * prepared once at deployment: setting the flush mode or the maximum rows on a query at run time makes EclipseLink
 * prepare (translate to SQL) the query again on every execution.
 */
public final class Hints {

    /** With {@code "false"}: no flush of the persistence context's pending changes before the query runs. */
    public static final String FLUSH = "eclipselink.flush";

    /** The most rows the query returns. */
    public static final String MAX_ROWS = "eclipselink.jdbc.max-rows";

    private Hints() {}
}
