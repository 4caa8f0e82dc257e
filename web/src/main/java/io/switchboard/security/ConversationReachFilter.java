package io.switchboard.security;

import io.switchboard.api.CallerReach;
import io.switchboard.lifecycle.ConversationReach;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The one gate of every {@code /conversations/{id}/...} request (conversation, messages, notes, tags, metadata, SLA,
 * routing, assignment, and whatever is added under that path): a conversation outside the caller's reach answers 404,
 * as if it did not exist. It runs after the role check, so an anonymous caller still gets 401 and a caller without the
 * endpoint's roles 403. Reads use the reading reach, every other method the changing one.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION + 100)
public class ConversationReachFilter implements ContainerRequestFilter {

    @EJB
    ConversationReach reach;

    @Inject
    CallerReach caller;

    @Override
    public void filter(ContainerRequestContext request) {
        List<PathSegment> path = request.getUriInfo().getPathSegments();
        if (path.size() < 2
                || !"conversations".equals(path.get(0).getPath())
                || !path.get(1).getPath().matches("\\d{1,19}")
                || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(path.get(1).getPath());
        } catch (NumberFormatException beyondLong) {
            return; // not an id at all: JAX-RS answers 404 for a path parameter it cannot read
        }
        boolean writing = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        boolean reply = "POST".equals(request.getMethod())
                && path.size() == 3
                && "messages".equals(path.get(2).getPath());
        if (reply) {
            reach.reachableForReply(id, caller.of(request.getSecurityContext(), true));
        } else {
            reach.reachable(id, caller.of(request.getSecurityContext(), writing));
        }
    }
}
