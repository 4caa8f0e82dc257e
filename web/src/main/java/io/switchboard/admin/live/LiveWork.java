package io.switchboard.admin.live;

import io.switchboard.agents.PresenceChanged;
import io.switchboard.lifecycle.workspace.LiveAudience;
import io.switchboard.lifecycle.workspace.WorkChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Set;

/**
 * Passes the engine's {@link WorkChanged} to the open pages of the users it names: the viewers learn which
 * conversation changed (never what), the queue's listeners which sound to play. No injected resources: the engine's
 * thread calls it.
 */
@ApplicationScoped
public class LiveWork {

    /** From deployment on, the engine works out who may see a change only while a page is open here. */
    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        LiveAudience.listeningWhen(LiveSockets::anyoneListening);
    }

    void announce(@Observes WorkChanged notice) {
        LiveSockets.send(notice.viewers(), "{\"conversation\":" + notice.conversationId() + "}");
        if (notice.sound() != WorkChanged.Sound.NONE) {
            LiveSockets.send(notice.listeners(), "{\"sound\":\"" + notice.sound() + "\"}");
        }
    }

    /** The agent's status or call state changed (by them, a supervisor, a telephony integration or the sweep). */
    void presence(@Observes(during = TransactionPhase.AFTER_SUCCESS) PresenceChanged change) {
        LiveSockets.send(Set.of(change.username()), "{\"presence\":true}");
    }
}
