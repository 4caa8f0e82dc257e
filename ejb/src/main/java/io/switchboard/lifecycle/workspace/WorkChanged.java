package io.switchboard.lifecycle.workspace;

import java.util.Set;

/**
 * A conversation changed, addressed to the signed-in users whose screens may show it (its assignee, the agents who
 * could take it, managers and supervisors), with the users who only hear the queue's sound. It carries no content:
 * each screen reads the conversation again through the reader's reach.
 */
public record WorkChanged(long conversationId, Set<String> viewers, Set<String> listeners, Sound sound) {

    /** The sound the queue's agents hear, as the queue's notification settings choose. */
    public enum Sound {
        NONE,
        NEW_CONVERSATION,
        NEW_MESSAGE
    }

    public WorkChanged {
        viewers = Set.copyOf(viewers);
        listeners = Set.copyOf(listeners);
    }
}
