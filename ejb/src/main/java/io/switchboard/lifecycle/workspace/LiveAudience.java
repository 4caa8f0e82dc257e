package io.switchboard.lifecycle.workspace;

import java.util.function.BooleanSupplier;

/**
 * Whether any page on this server instance listens for live notices. The web module, which holds the pages'
 * connections, tells (an EJB module cannot see its beans); until it does, someone may be listening. Working out who
 * may see a changed conversation takes several queries: with nobody connected here there is nobody to tell.
 */
public final class LiveAudience {

    private static volatile BooleanSupplier listening = () -> true;

    private LiveAudience() {}

    /** Called by the holder of the pages' connections. */
    public static void listeningWhen(BooleanSupplier anyone) {
        listening = anyone;
    }

    public static boolean anyone() {
        return listening.getAsBoolean();
    }
}
