package io.switchboard.api.users;

import io.switchboard.agents.UserAccounts;
import io.switchboard.agents.UserAccounts.Account;
import io.switchboard.api.Callers;
import io.switchboard.api.Problem;
import io.switchboard.api.QueryParams;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.Page;
import io.switchboard.users.Role;
import io.switchboard.users.UserService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Users and their roles; only supervisors (Account Managers) manage them. A user with the Agent or Manager role is an
 * agent. Everyone may change their own password, with their current one.
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACCOUNT_MANAGER)
@Tag(name = "Users")
public class UsersResource {

    /** One page of users. */
    public record UserPage(List<UserView> items, int page, int size, long total) {}

    @EJB
    UserAccounts accounts;

    @EJB
    UserService users;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Create a user with a password and roles (Agent or Manager makes them an agent)")
    public Response create(@NotNull @Valid UserRequest request) {
        if (request.username == null || request.username.isBlank()) {
            throw new InvalidInputException("username", "is required");
        }
        if (request.password == null) {
            throw new InvalidInputException("password", "is required");
        }
        if (Boolean.FALSE.equals(request.enabled)) {
            throw new InvalidInputException("enabled", "a new user is enabled; disable them afterwards");
        }
        Account account = accounts.create(
                request.username,
                request.password.toCharArray(),
                request.name.trim(),
                roles(request.roles),
                null,
                null,
                List.of());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(account.user().getId()))
                        .build())
                .entity(UserView.of(account))
                .build();
    }

    @GET
    @Operation(summary = "Search users by username or name, paged; sort=username|name|createdAt, '-' for descending")
    public UserPage search(
            @QueryParam("q") String query,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        String by = sort == null || sort.isBlank() ? "username" : sort.trim();
        boolean descending = by.startsWith("-");
        UserService.Order order = switch (descending ? by.substring(1) : by) {
            case "username" -> UserService.Order.USERNAME;
            case "name" -> UserService.Order.NAME;
            case "createdAt" -> UserService.Order.CREATED;
            default ->
                throw new InvalidInputException(
                        "sort", "must be username, name or createdAt, with '-' before it for descending");
        };
        Page<Account> found = accounts.search(query, order, descending, QueryParams.page(page), QueryParams.size(size));
        return new UserPage(
                found.items().stream().map(UserView::of).toList(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One user")
    public UserView get(@PathParam("id") long id) {
        return UserView.of(accounts.find(id));
    }

    @PUT
    @Path("{id}")
    @Operation(
            summary = "Change a user's name, roles and enabled flag (409 when no enabled supervisor would be left);"
                    + " a disabled user is signed out at once and their conversations are assigned again")
    public UserView update(@PathParam("id") long id, @NotNull @Valid UserRequest request) {
        Account current = accounts.find(id);
        if (request.username != null && !request.username.equals(current.user().getUsername())) {
            throw new InvalidInputException("username", "cannot be changed");
        }
        if (request.password != null) {
            throw new InvalidInputException("password", "is changed with PUT /users/{id}/password");
        }
        boolean enabled = request.enabled == null ? current.user().isEnabled() : request.enabled;
        return UserView.of(accounts.change(id, request.name.trim(), roles(request.roles), enabled));
    }

    @PUT
    @Path("{id}/password")
    @RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER, Role.Names.ACCOUNT_MANAGER})
    @Operation(
            summary = "Set a password: supervisors set anyone's; users change their own with currentPassword (403"
                    + " for another's)")
    public Response changePassword(@PathParam("id") long id, @NotNull @Valid PasswordRequest request) {
        // Whose password: the caller's own user (found by name, so that others' ids are neither confirmed nor denied).
        boolean own = users.findByUsername(security.getUserPrincipal().getName())
                .map(user -> user.getId() == id)
                .orElse(false);
        if (own) {
            if (request.currentPassword == null) {
                throw new InvalidInputException("currentPassword", "is required to change your own password");
            }
            if (!accounts.isCurrentPassword(id, request.currentPassword.toCharArray())) {
                throw new InvalidInputException("currentPassword", "is not your current password");
            }
        } else if (!Callers.roles(security).contains(Role.ACCOUNT_MANAGER)) {
            return Problem.of(Response.Status.FORBIDDEN, "Only supervisors set other users' passwords")
                    .toResponse();
        }
        accounts.changePassword(id, request.password.toCharArray());
        return Response.noContent().build();
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            roles.add(QueryParams.enumValue(Role.class, "roles", name));
        }
        if (!Role.isValidCombination(roles)) {
            throw new InvalidInputException("roles", Role.COMBINATION_RULE);
        }
        return roles;
    }
}
