package io.switchboard.api.bots;

import io.switchboard.bots.Bot;
import java.time.Instant;

/** A bot as the API shows it; the signing secret appears once, when it was issued. */
public record BotView(
        long id,
        String name,
        String url,
        long senderId,
        String senderAddress,
        boolean historyVisible,
        boolean active,
        String sessionTimeout,
        String secretPrefix,
        String signingSecret,
        Instant createdAt,
        Instant updatedAt) {

    public static BotView of(Bot bot) {
        return of(bot, null);
    }

    public static BotView of(Bot bot, String issuedSecret) {
        return new BotView(
                bot.getId(),
                bot.getName(),
                bot.getUrl(),
                bot.getSender().getId(),
                bot.getSender().getAddress(),
                bot.isHistoryVisible(),
                bot.isActive(),
                bot.getSessionTimeout().map(Object::toString).orElse(null),
                bot.getSecretPrefix(),
                issuedSecret,
                bot.getCreatedAt(),
                bot.getUpdatedAt());
    }
}
