package io.switchboard.channels;

/**
 * A sender is about to be deleted, in the deleting transaction: what belongs to it alone (its channel gateway, its
 * waiting strategies) goes with it. Observed synchronously by the areas that own those rows, so that this package
 * needs to know none of them.
 */
public record SenderDeleting(long senderId) {}
