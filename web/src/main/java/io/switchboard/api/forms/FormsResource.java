package io.switchboard.api.forms;

import io.switchboard.forms.Form;
import io.switchboard.forms.FormService;
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

/** Conversation forms; supervisors define them, everyone who works in the contact center reads them. */
@Path("forms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Forms")
public class FormsResource {

    @EJB
    FormService forms;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Create a form (the first one is the default; a repeated plain field is 400)")
    public Response create(@NotNull FormRequest request) {
        Form form = forms.create(request.draft());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(form.getId()))
                        .build())
                .entity(FormView.of(form))
                .build();
    }

    @GET
    @Operation(summary = "List forms by name")
    public List<FormView> list() {
        return forms.list().stream().map(FormView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One form")
    public FormView get(@PathParam("id") long id) {
        return FormView.of(forms.find(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Replace a form's name, fields and trigger; \"isDefault\": true makes it the default")
    public FormView change(@PathParam("id") long id, @NotNull FormRequest request) {
        return FormView.of(forms.change(id, request.draft()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Delete a form (409 for the default while other forms exist); values stay")
    public void delete(@PathParam("id") long id) {
        forms.delete(id);
    }
}
