package io.switchboard.waiting;

/** The messages of a voice waiting strategy, in the order a caller hears them. */
public enum VoiceMessage {
    GREETING,
    HOLD_MUSIC,
    ANNOUNCEMENT,
    MAX_WAIT;

    /** Every name, as a regular expression for request validation (a unit test keeps it in step). */
    public static final String NAMES = "GREETING|HOLD_MUSIC|ANNOUNCEMENT|MAX_WAIT";
}
