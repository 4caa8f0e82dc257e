package io.switchboard.api.outbound;

import io.switchboard.api.QueryParams;
import io.switchboard.outbound.OutboxEntry;
import io.switchboard.outbound.OutboxService;
import io.switchboard.outbound.OutboxStatus;
import io.switchboard.platform.Page;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The outbox: messages on their way to channel gateways, and the dead letters. */
@Path("outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
// Channel gateways read the deliveries to their channels; agents never do.
@RolesAllowed({Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER, Role.Names.GATEWAY})
@Tag(name = "Outbox")
public class OutboxResource {

    /** One page of entries. */
    public record EntryPage(List<OutboxEntryView> items, int page, int size, long total) {}

    @EJB
    OutboxService outbox;

    @GET
    @Operation(
            summary = "List outbox entries, newest first",
            description = "Filters: status (PENDING, DELIVERED, DEAD), messageId; paging with page and size.")
    public EntryPage list(
            @QueryParam("status") String status,
            @QueryParam("messageId") String messageId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Page<OutboxEntry> found = outbox.list(
                QueryParams.enumValue(OutboxStatus.class, "status", status),
                QueryParams.longValue("messageId", messageId),
                QueryParams.page(page),
                QueryParams.size(size));
        return new EntryPage(
                found.items().stream().map(OutboxEntryView::of).toList(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("counts")
    @Operation(summary = "How many entries are in each state")
    public Map<OutboxStatus, Long> counts() {
        return outbox.counts();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One outbox entry")
    public OutboxEntryView get(@PathParam("id") long id) {
        return OutboxEntryView.of(outbox.find(id));
    }

    @POST
    @Path("{id}/retry")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Put a dead entry back in line (409 unless it is DEAD)")
    public OutboxEntryView retry(@PathParam("id") long id) {
        return OutboxEntryView.of(outbox.retry(id));
    }
}
