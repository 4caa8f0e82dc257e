package io.switchboard.conversations;

/** Who wrote a message; automation covers away messages, waiting strategies and workflows. */
public enum AuthorKind {
    CUSTOMER,
    AGENT,
    BOT,
    AUTOMATION
}
