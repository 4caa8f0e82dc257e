package io.switchboard.admin.live;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import java.util.logging.Logger;

/**
 * Registers the live channel with the WebSocket container when the application starts. With the Faces websocket
 * endpoint enabled (the dashboard's f:websocket), Payara's Tyrus deploys only the programmatically added endpoints
 * and skips annotated ones, so /admin/live answered 404; where scanning did deploy it, adding it again is refused and
 * that refusal is expected.
 */
@WebListener
public class LiveEndpointRegistration implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(LiveEndpointRegistration.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Object container = event.getServletContext().getAttribute(ServerContainer.class.getName());
        if (!(container instanceof ServerContainer sockets)) {
            LOG.warning("No WebSocket container: the admin pages will not update live");
            return;
        }
        try {
            sockets.addEndpoint(LiveEndpoint.class);
        } catch (DeploymentException alreadyDeployed) {
            LOG.fine(() -> "Live channel already deployed: " + alreadyDeployed.getMessage());
        }
    }
}
