package io.switchboard.admin.live;

import jakarta.websocket.Session;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The open live connections of the admin's pages, by the signed-in user they belong to. */
final class LiveSockets {

    private static final Map<String, Set<Session>> BY_USER = new ConcurrentHashMap<>();

    private LiveSockets() {}

    static boolean anyoneListening() {
        return BY_USER.values().stream().anyMatch(sessions -> !sessions.isEmpty());
    }

    static void opened(String username, Session session) {
        BY_USER.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(session);
    }

    static void closed(String username, Session session) {
        Set<Session> sessions = BY_USER.get(username);
        if (sessions != null) {
            sessions.remove(session);
        }
    }

    /** Sends the text to every open page of these users; a page that went away meanwhile is skipped. */
    static void send(Collection<String> usernames, String text) {
        for (String username : usernames) {
            for (Session session : BY_USER.getOrDefault(username, Set.of())) {
                if (session.isOpen()) {
                    session.getAsyncRemote().sendText(text);
                }
            }
        }
    }
}
