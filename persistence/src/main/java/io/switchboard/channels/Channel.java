package io.switchboard.channels;

/** A channel customers write in over, with the capacity group it belongs to. */
public enum Channel {
    SMS(ChannelGroup.LIVE_MESSAGING),
    WHATSAPP(ChannelGroup.LIVE_MESSAGING),
    VIBER(ChannelGroup.LIVE_MESSAGING),
    TELEGRAM(ChannelGroup.LIVE_MESSAGING),
    GOOGLE_BUSINESS_MESSAGES(ChannelGroup.LIVE_MESSAGING),
    APPLE_MESSAGES_FOR_BUSINESS(ChannelGroup.LIVE_MESSAGING),
    MESSENGER(ChannelGroup.LIVE_MESSAGING),
    LIVE_CHAT(ChannelGroup.LIVE_CHAT),
    EMAIL(ChannelGroup.EMAIL),
    VOICE(ChannelGroup.VOICE),
    /** Video calls: like voice calls for capacity, waiting strategies and call states (the guide's "Voice and Video"). */
    VIDEO(ChannelGroup.VOICE);

    /** Every name, as a regular expression for request validation (a unit test keeps it in step). */
    public static final String NAMES =
            "SMS|WHATSAPP|VIBER|TELEGRAM|GOOGLE_BUSINESS_MESSAGES|APPLE_MESSAGES_FOR_BUSINESS"
                    + "|MESSENGER|LIVE_CHAT|EMAIL|VOICE|VIDEO";

    private final ChannelGroup group;

    Channel(ChannelGroup group) {
        this.group = group;
    }

    public ChannelGroup group() {
        return group;
    }

    /** A call channel (voice or video): one call occupies the agent, and its waiting strategy is played. */
    public boolean isCall() {
        return group.isCall();
    }
}
