package io.switchboard.api;

import io.switchboard.users.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/** The API for enterprise systems (channel gateways, bots, CRMs): {@code /switchboard/api/v1}. */
@ApplicationPath("api/v1")
@DeclareRoles({
    Role.Names.AGENT,
    Role.Names.MANAGER,
    Role.Names.ANALYTICS_MANAGER,
    Role.Names.ACCOUNT_MANAGER,
    Role.Names.GATEWAY
})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Switchboard API",
                        version = "1",
                        description = "Conversations engine: customers, conversations, routing, assignment, SLA."),
        security = {@SecurityRequirement(name = "apiKey"), @SecurityRequirement(name = "basic")})
@SecuritySchemes({
    @SecurityScheme(
            securitySchemeName = "apiKey",
            type = SecuritySchemeType.HTTP,
            scheme = "bearer",
            description = "An API key created by a supervisor: Authorization: Bearer sbk_..."),
    @SecurityScheme(
            securitySchemeName = "basic",
            type = SecuritySchemeType.HTTP,
            scheme = "basic",
            description = "A user's name and password (slow by design: prefer API keys for machines)")
})
public class ApiApplication extends Application {

    /**
     * Every resource is a CDI bean, and Hibernate Validator's CDI interceptor validates its parameters ({@code @Valid}
     * bodies, constrained query parameters) before the method runs, with the same engine and property paths as
     * Jersey's own validation, which then only validated each request a second time (a twelfth of an inbound
     * message's CPU in the profile of issue 20).
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.beanValidation.disable.server", true);
    }
}
