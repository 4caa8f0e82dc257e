package io.switchboard.waiting;

/** Where a voice prompt's sound comes from: speech synthesised from text, or an uploaded file. */
public enum AudioSource {
    TEXT_TO_SPEECH,
    FILE;

    /** Every name, as a regular expression for request validation (a unit test keeps it in step). */
    public static final String NAMES = "TEXT_TO_SPEECH|FILE";
}
