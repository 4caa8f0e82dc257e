package io.switchboard.api.apikeys;

import io.switchboard.apikeys.ApiKeyService;
import io.switchboard.apikeys.IssuedApiKey;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** API keys for enterprise systems; only supervisors (Account Manager) manage them. */
@Path("api-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACCOUNT_MANAGER)
@Tag(name = "API keys", description = "Bearer tokens for channel gateways, bots and CRMs")
public class ApiKeysResource {

    @EJB
    ApiKeyService apiKeys;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Create an API key", description = "The token is in this answer only; store it now.")
    @APIResponse(responseCode = "201", description = "Created; the body holds the token")
    @APIResponse(responseCode = "400", description = "Invalid name or roles, or no such agent")
    @APIResponse(responseCode = "409", description = "A key with this name exists")
    public Response create(@Valid CreateApiKeyRequest request) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        request.roles.forEach(name -> roles.add(Role.valueOf(name)));
        IssuedApiKey issued = apiKeys.create(
                request.name.trim(),
                roles,
                request.agentId,
                security.getUserPrincipal().getName());
        ApiKeyView view = ApiKeyView.of(issued.key());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(view.id()))
                        .build())
                .entity(new CreatedApiKey(view, issued.token()))
                .build();
    }

    @GET
    @Operation(summary = "List API keys, newest first (without tokens)")
    public List<ApiKeyView> list() {
        return apiKeys.list().stream().map(ApiKeyView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One API key (without its token)")
    @APIResponse(responseCode = "404", description = "No such key")
    public ApiKeyView get(@PathParam("id") long id) {
        return ApiKeyView.of(apiKeys.find(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an API key at once", description = "Revoked keys stay listed, marked inactive.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such key")
    public void revoke(@PathParam("id") long id) {
        apiKeys.revoke(id);
    }
}
