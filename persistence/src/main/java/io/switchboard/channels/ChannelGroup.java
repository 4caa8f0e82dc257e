package io.switchboard.channels;

/** Channels grouped as capacity counts them (the guide's "Capacity"). */
public enum ChannelGroup {
    LIVE_MESSAGING,
    LIVE_CHAT,
    EMAIL,
    /** Voice and video calls. */
    VOICE
}
