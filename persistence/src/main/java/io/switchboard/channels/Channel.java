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
    VOICE(ChannelGroup.VOICE);

    /** Every name, as a regular expression for request validation (a unit test keeps it in step). */
    public static final String NAMES =
            "SMS|WHATSAPP|VIBER|TELEGRAM|GOOGLE_BUSINESS_MESSAGES|APPLE_MESSAGES_FOR_BUSINESS"
                    + "|MESSENGER|LIVE_CHAT|EMAIL|VOICE";

    private final ChannelGroup group;

    Channel(ChannelGroup group) {
        this.group = group;
    }

    public ChannelGroup group() {
        return group;
    }
}
