package io.switchboard.admin.live;

import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.security.Principal;

/**
 * The admin pages' live channel (under /admin/, so only signed-in users connect): the server tells a user's pages
 * that a conversation they may see changed, never what changed; the page then reads it through the user's reach.
 */
@ServerEndpoint("/admin/live")
public class LiveEndpoint {

    static final String USER = "io.switchboard.live.user";

    @OnOpen
    public void open(Session session) throws IOException {
        Principal user = session.getUserPrincipal();
        String name = user != null ? user.getName() : null;
        if (name == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "sign in first"));
            return;
        }
        session.getUserProperties().put(USER, name);
        LiveSockets.opened(name, session);
    }

    @OnClose
    public void close(Session session) {
        Object name = session.getUserProperties().get(USER);
        if (name != null) {
            LiveSockets.closed(name.toString(), session);
        }
    }

    @OnError
    public void error(Session session, Throwable failure) {
        close(session);
    }
}
