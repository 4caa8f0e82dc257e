package io.switchboard.api.bots;

import jakarta.validation.constraints.Size;

/** A bot's whole setup, for creating it or replacing it. (A class: see CreateApiKeyRequest.) */
public class BotRequest {

    /** Unique; shown in the bot conversations view. */
    @Size(max = 200)
    public String name;

    /** The webhook: every customer message of the bot's conversations is POSTed here. */
    @Size(max = 2000)
    public String url;

    /** The sender (number or address) whose inbound messages the bot answers. */
    public Long senderId;

    /** Whether agents who take a conversation over see the customer's messages with the bot (default true). */
    public Boolean historyVisible;

    /** Whether the bot takes new conversations (default true). */
    public Boolean active;

    /** Optional ISO-8601 duration, e.g. PT15M: the session ends when the customer has not written for this long. */
    @Size(max = 40)
    public String sessionTimeout;
}
