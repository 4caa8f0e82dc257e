package io.switchboard.api.agents;

import io.switchboard.agents.AgentCapacities;
import io.switchboard.agents.AgentPresence;
import io.switchboard.agents.AgentWorkloads;
import io.switchboard.agents.OccupyingStatuses;
import io.switchboard.channels.ChannelGroup;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Capacity settings: default capacity per channel group, the statuses that occupy agents, inactivity. */
@Path("capacity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Agents")
public class CapacityResource {

    /** Which conversation statuses occupy an agent besides Open, which always does. */
    public record OccupyingStatusesView(boolean open, boolean waiting, boolean solved) {
        static OccupyingStatusesView of(OccupyingStatuses statuses) {
            return new OccupyingStatusesView(true, statuses.waiting(), statuses.solved());
        }
    }

    /** Whether Waiting and Solved conversations occupy their agent. */
    public static class OccupyingStatusesRequest {
        @NotNull
        public Boolean waiting;

        @NotNull
        public Boolean solved;
    }

    /** Minutes without activity after which an agent is set Offline. */
    public static class InactivityRequest {
        @NotNull
        @Min(1)
        @Max(1440)
        public Integer minutes;
    }

    /** The inactivity time. */
    public record InactivityView(int minutes) {}

    @EJB
    AgentPresence presence;

    @Inject
    AgentCapacities capacities;

    @Inject
    AgentWorkloads workloads;

    @GET
    @Operation(summary = "Default capacity per channel group (voice is always 1)")
    public Map<ChannelGroup, Integer> defaults() {
        return capacities.defaultCapacities();
    }

    @PUT
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Set default capacities, e.g. {\"capacities\": {\"LIVE_MESSAGING\": 5}}")
    public Map<ChannelGroup, Integer> changeDefaults(CapacityRequest request) {
        return capacities.changeDefaultCapacities(
                PresenceViews.capacities(request == null ? null : request.capacities, false));
    }

    @GET
    @Path("occupying-statuses")
    @Operation(summary = "The conversation statuses that count toward occupancy")
    public OccupyingStatusesView occupyingStatuses() {
        return OccupyingStatusesView.of(workloads.occupyingStatuses());
    }

    @PUT
    @Path("occupying-statuses")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Include or exclude Waiting and Solved (Open always counts)")
    public OccupyingStatusesView changeOccupyingStatuses(@Valid @NotNull OccupyingStatusesRequest request) {
        return OccupyingStatusesView.of(
                workloads.changeOccupyingStatuses(new OccupyingStatuses(request.waiting, request.solved)));
    }

    @DELETE
    @Path("occupying-statuses")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Reset the occupying statuses to the default (Open, Waiting and Solved)")
    public OccupyingStatusesView resetOccupyingStatuses() {
        return OccupyingStatusesView.of(workloads.resetOccupyingStatuses());
    }

    @GET
    @Path("inactivity")
    @Operation(summary = "Minutes without activity after which an agent goes Offline")
    public InactivityView inactivity() {
        return new InactivityView(presence.inactivityMinutes());
    }

    @PUT
    @Path("inactivity")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Set the minutes without activity after which an agent goes Offline")
    public InactivityView changeInactivity(@Valid @NotNull InactivityRequest request) {
        presence.changeInactivityMinutes(request.minutes);
        return inactivity();
    }
}
