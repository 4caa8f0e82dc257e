package io.switchboard.voice.logic;

/** How a report's days are grouped on its charts: one point per calendar day, or per ISO week (Monday first). */
public enum Bucketing {
    DAY,
    WEEK;

    /** Past this many days a chart per day has too many points to read: weeks are the default. */
    public static final int DAYS_SHOWN_PER_DAY = 62;
}
