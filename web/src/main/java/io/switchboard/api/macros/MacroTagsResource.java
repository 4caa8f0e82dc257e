package io.switchboard.api.macros;

import io.switchboard.macros.MacroTag;
import io.switchboard.macros.MacroTagService;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Macro tags (unrelated to conversation tags): supervisors manage them, agents read them to find macros. */
@Path("macro-tags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Macros")
public class MacroTagsResource {

    /** A macro tag's name. */
    public static class MacroTagRequest {
        public String name;
    }

    @EJB
    MacroTagService tags;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Create a macro tag (409 when the name exists)")
    public Response create(@NotNull MacroTagRequest request) {
        MacroTag tag = tags.create(request.name);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(tag.getId()))
                        .build())
                .entity(MacroTagView.of(tag))
                .build();
    }

    @GET
    @Operation(summary = "List macro tags by name")
    public List<MacroTagView> list() {
        return tags.list().stream().map(MacroTagView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One macro tag")
    public MacroTagView get(@PathParam("id") long id) {
        return MacroTagView.of(tags.find(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Rename a macro tag (409 when the name exists)")
    public MacroTagView rename(@PathParam("id") long id, @NotNull MacroTagRequest request) {
        return MacroTagView.of(tags.rename(id, request.name));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Delete a macro tag; its macros lose it")
    public void delete(@PathParam("id") long id) {
        tags.delete(id);
    }
}
