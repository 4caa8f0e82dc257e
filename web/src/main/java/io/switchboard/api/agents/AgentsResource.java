package io.switchboard.api.agents;

import io.switchboard.agents.Agent;
import io.switchboard.agents.AgentCapacities;
import io.switchboard.agents.AgentPresence;
import io.switchboard.agents.AgentService;
import io.switchboard.agents.AgentState;
import io.switchboard.agents.AgentWorkloads;
import io.switchboard.agents.UserAccounts;
import io.switchboard.agents.VoiceState;
import io.switchboard.agents.logic.AgentEmails;
import io.switchboard.api.agents.PresenceViews.PresenceView;
import io.switchboard.channels.ChannelGroup;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Agents and bots; supervisors manage them. */
@Path("agents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Agents")
public class AgentsResource {

    @EJB
    AgentService agents;

    @EJB
    AgentPresence presence;

    @Inject
    AgentCapacities capacities;

    @Inject
    AgentWorkloads workloads;

    @EJB
    UserAccounts accounts;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Create an agent (HUMAN with username and password, or BOT)")
    public Response create(@Valid AgentRequest request) {
        // Checked before anything is stored: a refused address creates no agent.
        String email = AgentEmails.checked("email", request.email);
        Agent agent;
        if ("BOT".equals(request.kind)) {
            agent = agents.createBot(request.name.trim(), request.queueIds);
        } else {
            if (request.username == null) {
                throw new InvalidInputException("username", "is required for a HUMAN agent");
            }
            if (request.password == null) {
                throw new InvalidInputException("password", "is required for a HUMAN agent");
            }
            // The same path as POST /users: a person with the Agent role.
            agent = accounts.create(
                            request.username,
                            request.password.toCharArray(),
                            request.name.trim(),
                            EnumSet.of(Role.AGENT),
                            request.title,
                            request.phone,
                            request.queueIds)
                    .agent()
                    .orElseThrow();
        }
        if (email != null) {
            agent = agents.changeEmail(agent.getId(), email);
        }
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(agent.getId()))
                        .build())
                .entity(view(agent))
                .build();
    }

    @GET
    @Operation(summary = "List agents, optionally by enabled")
    public List<AgentView> list(@QueryParam("enabled") String enabled) {
        Boolean filter = enabled == null || enabled.isBlank()
                ? null
                : switch (enabled.trim()) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new InvalidInputException("enabled", "must be true or false");
                };
        return agents.list(filter).stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One agent")
    public AgentView get(@PathParam("id") long id) {
        return view(agents.find(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Update an agent's name, title, phone, email, enabled flag and queues")
    public AgentView update(@PathParam("id") long id, @Valid AgentRequest request) {
        String email = AgentEmails.checked("email", request.email);
        agents.update(
                id,
                request.name.trim(),
                request.title,
                request.phone,
                request.enabled == null || request.enabled,
                request.queueIds);
        return view(agents.changeEmail(id, email));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Delete an agent who never had a conversation, with their user (409 otherwise: disable them)")
    public void delete(@PathParam("id") long id) {
        agents.delete(id);
    }

    @GET
    @Path("{id}/status")
    @Operation(summary = "An agent's status, activity, call state and load")
    public PresenceView status(@PathParam("id") long id) {
        return presence(presence.state(id));
    }

    @PUT
    @Path("{id}/status")
    @Operation(summary = "Set an agent's status (an Available-group status starts assigning waiting conversations)")
    public PresenceView changeStatus(@PathParam("id") long id, @Valid StatusRequest request) {
        requireSelfOrManager(id);
        return presence(presence.setStatus(id, request.statusId));
    }

    @POST
    @Path("{id}/heartbeat")
    @Operation(summary = "Record that the agent is active (agents without activity go Offline)")
    public Response heartbeat(@PathParam("id") long id) {
        requireSelfOrManager(id);
        presence.heartbeat(id);
        return Response.noContent().build();
    }

    // Wrap-up and voice state in one transaction: a refused part changes nothing.
    @Transactional
    @PUT
    @Path("{id}/call-state")
    @Operation(summary = "Set the agent's call state (RINGING and IN_CALL occupy voice capacity) or wrap-up time")
    public PresenceView changeCallState(@PathParam("id") long id, @Valid CallStateRequest request) {
        requireSelfOrManager(id);
        if (request.wrapUpSeconds != null) {
            presence.setWrapUp(id, request.wrapUpSeconds);
        }
        if (request.voiceState != null) {
            presence.setVoiceState(id, VoiceState.valueOf(request.voiceState));
        }
        return presence(presence.state(id));
    }

    @GET
    @Path("{id}/capacity")
    @Operation(summary = "The agent's own capacities (null: the default applies)")
    public Map<ChannelGroup, Integer> capacity(@PathParam("id") long id) {
        return capacities.ownCapacities(id);
    }

    @PUT
    @Path("{id}/capacity")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Set the agent's own capacities; null returns a group to the default")
    public Map<ChannelGroup, Integer> changeCapacity(@PathParam("id") long id, CapacityRequest request) {
        return capacities.changeOwnCapacities(
                id, PresenceViews.capacities(request == null ? null : request.capacities, true));
    }

    /** Usernames are shown to supervisors only; others see agents by name. */
    private AgentView view(Agent agent) {
        return AgentView.of(agent, security.isUserInRole(Role.Names.ACCOUNT_MANAGER));
    }

    /**
     * Presence is personal: an agent sets their own status, call state and heartbeat; managers and supervisors set
     * anyone's. Anyone else gets 403 (the agent list is visible to every role, so 404 would hide nothing).
     */
    private void requireSelfOrManager(long agentId) {
        if (security.isUserInRole(Role.Names.MANAGER) || security.isUserInRole(Role.Names.ACCOUNT_MANAGER)) {
            return;
        }
        boolean self = agents.ofUsername(security.getUserPrincipal().getName())
                .map(agent -> agent.getId() == agentId)
                .orElse(false);
        if (!self) {
            throw new ForbiddenException("Agents set their own presence; managers and supervisors set anyone's");
        }
    }

    private PresenceView presence(AgentState state) {
        return PresenceView.of(state, workloads.load(state.getAgentId()));
    }
}
