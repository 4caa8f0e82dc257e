package io.switchboard.api.queues;

import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Queues, the Default queue first. */
@Path("queues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Queues")
public class QueuesResource {

    /** A queue as the API shows it. */
    public record QueueView(long id, String name, boolean defaultQueue) {
        static QueueView of(Queue queue) {
            return new QueueView(queue.getId(), queue.getName(), queue.isDefaultQueue());
        }
    }

    @EJB
    QueueService queues;

    @GET
    @Operation(summary = "List queues, the Default queue first")
    public List<QueueView> list() {
        return queues.list().stream().map(QueueView::of).toList();
    }
}
