package io.switchboard.api.queues;

import io.switchboard.agents.AgentWorkload;
import io.switchboard.agents.AgentWorkloads;
import io.switchboard.api.agents.AgentView;
import io.switchboard.assignment.AssignmentService;
import io.switchboard.channels.Sender;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.queues.AutoAssignment;
import io.switchboard.queues.Queue;
import io.switchboard.queues.QueueService;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Queues, the Default queue first. */
@Path("queues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Queues")
public class QueuesResource {

    /** A queue as the API shows it. */
    public record QueueView(
            long id,
            String name,
            boolean defaultQueue,
            AutoAssignment autoAssignment,
            List<Long> senderIds,
            Long defaultSenderId,
            boolean notifyNewConversation,
            boolean notifyNewMessage,
            long workingHoursPeriodId) {
        static QueueView of(Queue queue) {
            return new QueueView(
                    queue.getId(),
                    queue.getName(),
                    queue.isDefaultQueue(),
                    queue.getAutoAssignment(),
                    queue.getSenders().stream().map(Sender::getId).sorted().toList(),
                    queue.getDefaultSender() == null
                            ? null
                            : queue.getDefaultSender().getId(),
                    queue.isNotifyNewConversation(),
                    queue.isNotifyNewMessage(),
                    queue.getWorkingHoursPeriod().getId());
        }
    }

    /** The queue's agents. */
    public static class StaffRequest {
        @NotNull
        @Size(max = 1000)
        public List<@NotNull Long> agentIds;
    }

    /** When the queue's agents hear a sound. */
    public static class NotificationsRequest {
        public boolean newConversation;
        public boolean newMessage;
    }

    @Inject
    AgentWorkloads workloads;

    @EJB
    AssignmentService assignment;

    @EJB
    QueueService queues;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "List queues, the Default queue first")
    public List<QueueView> list() {
        return queues.list().stream().map(QueueView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One queue")
    public QueueView get(@PathParam("id") long id) {
        return QueueView.of(queues.find(id));
    }

    // Several engine calls, one transaction: a refused part (unknown sender, period) stores nothing.
    @Transactional
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Create a queue", description = "Without a name it is called \"Queue #X\".")
    @APIResponse(responseCode = "409", description = "A queue with this name exists")
    public Response create(@Valid QueueRequest request) {
        if (request != null && request.workingHoursPeriodId != null) {
            queues.requireWorkingHours(request.workingHoursPeriodId);
        }
        Queue queue = queues.create(request == null ? null : request.name);
        if (request != null) {
            queue = queues.configure(queue.getId(), mode(request), request.senderIds, request.defaultSenderId);
            if (request.workingHoursPeriodId != null) {
                queue = queues.useWorkingHours(queue.getId(), request.workingHoursPeriodId);
            }
        }
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(queue.getId()))
                        .build())
                .entity(QueueView.of(queue))
                .build();
    }

    // Several engine calls, one transaction: a refused part (unknown sender, period) stores nothing.
    @Transactional
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Rename a queue and change its settings")
    public QueueView update(@PathParam("id") long id, @Valid QueueRequest request) {
        if (request == null || request.name == null || request.name.isBlank()) {
            throw new InvalidInputException("name", "must not be blank");
        }
        queues.rename(id, request.name.trim());
        if (request.workingHoursPeriodId != null) {
            queues.useWorkingHours(id, request.workingHoursPeriodId);
        }
        return QueueView.of(queues.configure(id, mode(request), request.senderIds, request.defaultSenderId));
    }

    @GET
    @Path("{id}/agents")
    @Operation(summary = "The agents who work in the queue (every agent for the Default queue)")
    public List<AgentView> agents(@PathParam("id") long id) {
        return queues.agentsOf(id).stream().map(AgentView::of).toList();
    }

    @PUT
    @Path("{id}/agents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Set the agents who work in the queue (not for the Default queue: every agent is in it)")
    public List<AgentView> staff(@PathParam("id") long id, @Valid StaffRequest request) {
        return queues.staff(id, request.agentIds).stream().map(AgentView::of).toList();
    }

    @PUT
    @Path("{id}/notifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(
            summary = "Sound notifications for the queue's agents",
            description = "On a new conversation and/or a new message; 409 when the queue has no agents.")
    public QueueView notifications(@PathParam("id") long id, @Valid NotificationsRequest request) {
        return QueueView.of(queues.notifyAgents(id, request.newConversation, request.newMessage));
    }

    private static AutoAssignment mode(QueueRequest request) {
        return request.autoAssignment == null ? null : AutoAssignment.valueOf(request.autoAssignment);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(
            summary = "Delete a queue",
            description = "409 for the Default queue and for a queue with active (not closed) conversations.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The Default queue, or a queue with active conversations")
    public void delete(@PathParam("id") long id) {
        queues.delete(id);
    }

    @GET
    @Path("{id}/workload")
    @Operation(summary = "Live view: the queue's agents with status, occupancy/capacity per channel group, workload")
    public List<AgentWorkload> workload(@PathParam("id") long id) {
        return workloads.workloads(id);
    }

    /** How many waiting conversations a bulk assignment gave to agents. */
    public record BulkAssignmentView(int assigned) {}

    @POST
    @Path("{id}/assignment")
    @RolesAllowed({Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
    @Operation(summary = "Assign the queue's waiting conversations now (as at the start of its working hours)")
    public BulkAssignmentView bulkAssign(@PathParam("id") long id) {
        queues.find(id);
        return new BulkAssignmentView(assignment.bulkAssignQueue(id));
    }
}
