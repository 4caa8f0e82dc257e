package io.switchboard.api.outbound;

import io.switchboard.outbound.SenderGateway;
import java.time.Instant;

/** A sender's gateway as the API shows it; {@code signingSecret} only in the answer that issued it. */
public record GatewayView(long senderId, String url, String secretPrefix, String signingSecret, Instant updatedAt) {

    public static GatewayView of(SenderGateway gateway, String issuedSecret) {
        return new GatewayView(
                gateway.getSenderId(),
                gateway.getUrl(),
                gateway.getSecretPrefix(),
                issuedSecret,
                gateway.getUpdatedAt());
    }
}
