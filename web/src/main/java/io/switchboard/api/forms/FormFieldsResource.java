package io.switchboard.api.forms;

import io.switchboard.forms.FieldType;
import io.switchboard.forms.FormField;
import io.switchboard.forms.FormFieldService;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Input fields of conversation forms; supervisors define them, everyone who works in the contact center reads them. */
@Path("form-fields")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Forms")
public class FormFieldsResource {

    /** An input field: REGEX needs a pattern, DROPDOWN options ("Clothing: Shirts" for levels). */
    public static class FormFieldRequest {
        public String name;

        @NotNull
        @Pattern(regexp = FieldType.NAMES, message = "must be one of " + FieldType.NAMES)
        public String type;

        public String pattern;

        public List<String> options;

        FieldType fieldType() {
            return FieldType.valueOf(type);
        }
    }

    /** An input field as the API shows it. */
    public record FormFieldView(
            long id, String name, FieldType type, String pattern, List<String> options, Instant createdAt) {
        static FormFieldView of(FormField field) {
            return new FormFieldView(
                    field.getId(),
                    field.getName(),
                    field.getType(),
                    field.getPattern(),
                    field.getOptions(),
                    field.getCreatedAt());
        }
    }

    @EJB
    FormFieldService fields;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(
            summary = "Define an input field (400 naming a bad pattern or option; 409 for a taken name or 10,000"
                    + " fields)")
    public Response create(@Valid @NotNull FormFieldRequest request) {
        FormField field = fields.create(request.name, request.fieldType(), request.pattern, request.options);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(field.getId()))
                        .build())
                .entity(FormFieldView.of(field))
                .build();
    }

    @GET
    @Operation(summary = "List input fields by name")
    public List<FormFieldView> list() {
        return fields.list().stream().map(FormFieldView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One input field")
    public FormFieldView get(@PathParam("id") long id) {
        return FormFieldView.of(fields.find(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Rename an input field and replace its pattern or options; its type stays")
    public FormFieldView change(@PathParam("id") long id, @Valid @NotNull FormFieldRequest request) {
        return FormFieldView.of(fields.change(id, request.name, request.fieldType(), request.pattern, request.options));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Delete an input field and its values (409 while a form places it)")
    public void delete(@PathParam("id") long id) {
        fields.delete(id);
    }
}
