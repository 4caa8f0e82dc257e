package io.switchboard.attributes;

/** Whose attribute it is. */
public enum AttributeOwner {
    PERSON,
    COMPANY
}
