package io.switchboard.attributes;

/** Whose attribute it is. */
public enum AttributeOwner {
    PERSON,
    COMPANY,
    /** A key of a conversation's metadata, as bots and integrations leave it; only its sensitivity matters. */
    CONVERSATION
}
