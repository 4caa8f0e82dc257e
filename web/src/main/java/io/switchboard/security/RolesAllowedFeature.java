package io.switchboard.security;

import io.switchboard.api.Problem;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on resource methods and classes (method
 * wins), answering 401 for anonymous callers and 403 for callers without one of the roles.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new RolesFilter(new String[0]));
        } else if (method.isAnnotationPresent(RolesAllowed.class)) {
            context.register(
                    new RolesFilter(method.getAnnotation(RolesAllowed.class).value()));
        } else if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        } else if (type.isAnnotationPresent(DenyAll.class)) {
            context.register(new RolesFilter(new String[0]));
        } else if (type.isAnnotationPresent(RolesAllowed.class)) {
            context.register(
                    new RolesFilter(type.getAnnotation(RolesAllowed.class).value()));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RolesFilter implements ContainerRequestFilter {

        private final String[] roles;

        RolesFilter(String[] roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                request.abortWith(Problem.of(Response.Status.UNAUTHORIZED, "Authentication required")
                        .toResponse());
            } else if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
                request.abortWith(
                        Problem.of(Response.Status.FORBIDDEN, "This needs one of the roles " + String.join(", ", roles))
                                .toResponse());
            }
        }
    }
}
