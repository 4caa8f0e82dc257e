package io.switchboard.security;

import io.switchboard.api.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * One mechanism for the two kinds of callers (Jakarta Security 3 allows one per application):
 * <ul>
 *   <li>the API ({@code /api/...}) is stateless: every request carries {@code Authorization: Bearer <API key>} or
 *   {@code Basic}; a missing or wrong credential on a protected resource is a 401 problem;</li>
 *   <li>the admin signs in on a form page (which calls {@code SecurityContext.authenticate}) and stays signed in for the
 *   HTTP session; a protected page without a session redirects to the login page.</li>
 * </ul>
 */
@ApplicationScoped
public class SwitchboardAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = SignedInUser.class.getName();
    static final String LOGIN_PAGE = "/admin/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") ? api(request, context) : admin(request, context);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return context.isProtected() ? challenge(context, "Authentication required: send an API key"
                    + " (Authorization: Bearer ...) or Basic credentials") : context.doNothing();
        }
        Credential credential = AuthorizationHeaders.parse(header);
        if (credential == null) {
            return challenge(context, "Unsupported or malformed Authorization header: use Bearer or Basic");
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        return challenge(context, "Invalid, revoked or disabled credentials");
    }

    private AuthenticationStatus admin(HttpServletRequest request, HttpMessageContext context) {
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted != null) {
            return signIn(request, context, submitted);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof SignedInUser user) {
            return context.notifyContainerAboutLogin(user.name(), user.roles());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at sign-in defeats session fixation.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_USER,
                new SignedInUser(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus challenge(HttpMessageContext context, String detail) {
        HttpServletResponse response = context.getResponse();
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"switchboard\", Basic realm=\"switchboard\"");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter().write(new Problem("about:blank", "Unauthorized", 401, detail, null).toJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
