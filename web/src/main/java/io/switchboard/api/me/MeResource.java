package io.switchboard.api.me;

import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the caller is: lets an integrator check a key or a password before doing real work. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Caller")
public class MeResource {

    /** The caller's name and roles. */
    public record Caller(String name, List<String> roles) {}

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({
        Role.Names.AGENT,
        Role.Names.MANAGER,
        Role.Names.ANALYTICS_MANAGER,
        Role.Names.ACCOUNT_MANAGER,
        Role.Names.GATEWAY
    })
    @Operation(summary = "The authenticated caller and its roles")
    public Caller me() {
        List<String> roles = Arrays.stream(Role.values())
                .map(Role::name)
                .filter(security::isUserInRole)
                .toList();
        return new Caller(security.getUserPrincipal().getName(), roles);
    }
}
