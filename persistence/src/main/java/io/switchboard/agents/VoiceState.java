package io.switchboard.agents;

/** Where an agent is with a call: a call occupies the agent while Ringing or In a call, not while Wrapping. */
public enum VoiceState {
    IDLE,
    RINGING,
    IN_CALL,
    WRAPPING;

    /** Every name, as a regular expression for request validation (a unit test keeps it in step). */
    public static final String NAMES = "IDLE|RINGING|IN_CALL|WRAPPING";

    public boolean occupiesAgent() {
        return this == RINGING || this == IN_CALL;
    }
}
