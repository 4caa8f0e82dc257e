package io.switchboard.agents;

import io.switchboard.conversations.ConversationStatus;
import java.util.EnumSet;
import java.util.Set;

/** Which conversation statuses occupy the assigned agent: Open always, Waiting and Solved unless excluded. */
public record OccupyingStatuses(boolean waiting, boolean solved) {

    /** The default: Open, Waiting and Solved all count. */
    public static final OccupyingStatuses DEFAULT = new OccupyingStatuses(true, true);

    public Set<ConversationStatus> statuses() {
        EnumSet<ConversationStatus> counted = EnumSet.of(ConversationStatus.OPEN);
        if (waiting) {
            counted.add(ConversationStatus.WAITING);
        }
        if (solved) {
            counted.add(ConversationStatus.SOLVED);
        }
        return counted;
    }

    public boolean occupies(ConversationStatus status) {
        return statuses().contains(status);
    }
}
