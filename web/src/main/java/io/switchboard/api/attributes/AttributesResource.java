package io.switchboard.api.attributes;

import io.switchboard.attributes.AttributeDefinition;
import io.switchboard.attributes.AttributeOwner;
import io.switchboard.attributes.AttributeService;
import io.switchboard.attributes.AttributeType;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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

/** Custom attributes of people and companies, and which attributes (standard or custom) are sensitive. */
@Path("attributes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Attributes")
public class AttributesResource {

    /** A custom attribute to define, or a standard one to mark sensitive (then without type). */
    public static class AttributeRequest {
        @NotNull
        @Pattern(regexp = "PERSON|COMPANY|CONVERSATION", message = "must be one of PERSON|COMPANY|CONVERSATION")
        public String owner;

        @NotBlank
        @Size(max = 100)
        @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]*", message = "must start with a letter and hold letters, digits, _")
        public String name;

        @Pattern(regexp = AttributeType.NAMES, message = "must be one of " + AttributeType.NAMES)
        public String type;

        public boolean sensitive;
    }

    /** Only the sensitive flag changes after definition. */
    public static class SensitivityRequest {
        @NotNull
        public Boolean sensitive;
    }

    /** An attribute definition as the API shows it. */
    public record AttributeView(
            long id, AttributeOwner owner, String name, AttributeType type, boolean standard, boolean sensitive) {
        static AttributeView of(AttributeDefinition d) {
            return new AttributeView(
                    d.getId(), d.getOwner(), d.getName(), d.getType(), d.isStandard(), d.isSensitive());
        }
    }

    @EJB
    AttributeService attributes;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Define a custom attribute, or mark a standard one sensitive")
    public Response define(@Valid AttributeRequest request) {
        AttributeDefinition definition = attributes.define(
                AttributeOwner.valueOf(request.owner),
                request.name,
                request.type == null ? null : AttributeType.valueOf(request.type),
                request.sensitive);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(definition.getId()))
                        .build())
                .entity(AttributeView.of(definition))
                .build();
    }

    @GET
    @Operation(summary = "List attribute definitions")
    public List<AttributeView> list() {
        return attributes.list().stream().map(AttributeView::of).toList();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Mark an attribute sensitive (masked for agents) or not")
    public AttributeView markSensitive(@PathParam("id") long id, @Valid SensitivityRequest request) {
        return AttributeView.of(attributes.markSensitive(id, request.sensitive));
    }
}
