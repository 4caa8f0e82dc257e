package io.switchboard.channels;

/** Channels grouped as capacity counts them (the guide's "Capacity"). */
public enum ChannelGroup {
    LIVE_MESSAGING,
    LIVE_CHAT,
    EMAIL,
    /** Voice and video calls. */
    VOICE;

    /**
     * Whether conversations of this group are calls: capacity 1, occupied only while ringing or in the call, and
     * assigned to an agent at Full capacity on chats too. The one place a call is recognised.
     */
    public boolean isCall() {
        return this == VOICE;
    }
}
