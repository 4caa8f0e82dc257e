package io.switchboard.api.tags;

import io.switchboard.tags.Tag;
import io.switchboard.tags.TagService;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

/** Conversation tags; supervisors define them. */
@Path("tags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER, Role.Names.ACCOUNT_MANAGER})
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Tags")
public class TagsResource {

    /** A tag to create. */
    public static class TagRequest {
        @NotBlank
        @Size(max = 50)
        public String name;
    }

    /** A tag as the API shows it. */
    public record TagView(long id, String name) {
        static TagView of(Tag tag) {
            return new TagView(tag.getId(), tag.getName());
        }
    }

    @EJB
    TagService tags;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Define a tag (409 when the name exists)")
    public Response create(@Valid TagRequest request) {
        Tag tag = tags.create(request.name.trim());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(tag.getId()))
                        .build())
                .entity(TagView.of(tag))
                .build();
    }

    @GET
    @Operation(summary = "List tags by name")
    public List<TagView> list() {
        return tags.list().stream().map(TagView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One tag")
    public TagView get(@PathParam("id") long id) {
        return TagView.of(tags.find(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Rename a tag (409 when the name exists); conversations keep it under the new name")
    public TagView rename(@PathParam("id") long id, @Valid TagRequest request) {
        return TagView.of(tags.rename(id, request.name.trim()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Delete a tag; conversations lose it")
    public void delete(@PathParam("id") long id) {
        tags.delete(id);
    }
}
