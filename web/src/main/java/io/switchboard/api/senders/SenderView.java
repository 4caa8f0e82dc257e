package io.switchboard.api.senders;

import io.switchboard.channels.Channel;
import io.switchboard.channels.Sender;
import java.time.Instant;

/** A sender as the API shows it. */
public record SenderView(long id, Channel channel, String address, String name, boolean noReply, Instant createdAt) {

    public static SenderView of(Sender sender) {
        return new SenderView(
                sender.getId(),
                sender.getChannel(),
                sender.getAddress(),
                sender.getName(),
                sender.isNoReply(),
                sender.getCreatedAt());
    }
}
