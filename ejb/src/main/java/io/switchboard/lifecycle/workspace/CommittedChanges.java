package io.switchboard.lifecycle.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The conversations whose changes committed and are not announced yet: each commit hands its ids over here
 * ({@link WorkNotices}) and {@link WorkNoticeCarrier}'s thread takes them. A CDI bean between the two, so that a commit
 * costs no session-bean call.
 */
@ApplicationScoped
public class CommittedChanges {

    private final LinkedBlockingQueue<Long> changed = new LinkedBlockingQueue<>();

    /** Called after a transaction committed, with the conversations it changed; returns at once. */
    public void committed(Collection<Long> conversationIds) {
        changed.addAll(conversationIds);
    }

    /** Waits for the next changed conversation. */
    Long take() throws InterruptedException {
        return changed.take();
    }

    /** Moves whatever else is waiting into {@code into}. */
    void drainTo(Collection<Long> into) {
        changed.drainTo(into);
    }
}
