package io.switchboard.security;

import io.switchboard.api.Problem;
import io.switchboard.api.errors.DatabaseUnavailable;
import io.switchboard.users.PasswordSignIn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * One mechanism for the two kinds of callers (Jakarta Security 3 allows one per application):
 * <ul>
 *   <li>the API ({@code /api/...}) is stateless: every request carries {@code Authorization: Bearer <API key>} or
 *   {@code Basic}; a missing or wrong credential on a protected resource is a 401 problem;</li>
 *   <li>the admin signs in on a form page (which calls {@code SecurityContext.authenticate}) and stays signed in for the
 *   HTTP session; a protected page without a session redirects to the login page.</li>
 * </ul>
 * Password sign-ins (Basic and the form) are throttled: after {@value #MAX_FAILURES} failures within a minute for one
 * username or from one client address, the next ones answer 429 with {@code Retry-After} without being checked.
 */
@ApplicationScoped
public class SwitchboardAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = SignedInUser.class.getName();
    static final String LOGIN_PAGE = "/admin/login.xhtml";
    /** Request attribute set when a sign-in was refused for too many failures: seconds to wait (Long). */
    public static final String RETRY_AFTER_ATTRIBUTE = "io.switchboard.security.retryAfterSeconds";

    static final int MAX_FAILURES = 10;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(SwitchboardAuthenticationMechanism.class.getName());

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    PasswordSignIn passwords;

    private final SignInThrottle throttle = new SignInThrottle(MAX_FAILURES, FAILURE_WINDOW, 50_000);

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SecurityHeadersFilter.apply(request, response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") ? api(request, context) : admin(request, context);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return context.isProtected()
                    ? challenge(
                            context,
                            "Authentication required: send an API key"
                                    + " (Authorization: Bearer ...) or Basic credentials")
                    : context.doNothing();
        }
        Credential credential = AuthorizationHeaders.parse(header);
        if (credential == null) {
            return challenge(context, "Unsupported or malformed Authorization header: use Bearer or Basic");
        }
        Optional<Duration> wait = throttled(request, credential);
        if (wait.isPresent()) {
            return tooManyFailures(context, seconds(wait.get()));
        }
        CredentialValidationResult result;
        try {
            result = validate(request, credential);
        } catch (RuntimeException e) {
            // The key or password is looked up in the database before any resource runs, so the API's exception
            // mapper never sees this: without the database, the same 503 it would answer, not the container's 500.
            if (DatabaseUnavailable.isUnavailable(e)) {
                LOG.warning(() -> "Database unavailable while authenticating: " + e);
                return databaseUnavailable(context);
            }
            throw e;
        }
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        return challenge(context, "Invalid, revoked or disabled credentials");
    }

    /** 503 problem+json with Retry-After, as the API answers when the database cannot be reached. */
    private static AuthenticationStatus databaseUnavailable(HttpMessageContext context) {
        HttpServletResponse response = context.getResponse();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter()
                    .write(new Problem("about:blank", "Service Unavailable", 503, DatabaseUnavailable.DETAIL, null)
                            .toJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** How long a password sign-in must wait after too many failures; API keys are not guessable, never wait. */
    private Optional<Duration> throttled(HttpServletRequest request, Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return Optional.empty();
        }
        return throttle.retryAfter(
                Instant.now(),
                SignInThrottle.userKey(password.getCaller()),
                SignInThrottle.addressKey(request.getRemoteAddr()));
    }

    /** Validates, counting a failed password (and logging when it starts a block); a success clears its user. */
    private CredentialValidationResult validate(HttpServletRequest request, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (credential instanceof UsernamePasswordCredential password) {
            String user = SignInThrottle.userKey(password.getCaller());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                throttle.succeeded(user);
            } else {
                String address = SignInThrottle.addressKey(request.getRemoteAddr());
                for (String blocked : throttle.failed(Instant.now(), user, address)) {
                    LOG.warning(() -> MAX_FAILURES + " failed sign-ins within " + FAILURE_WINDOW.toSeconds()
                            + " s for " + printable(blocked) + " (this one from " + request.getRemoteAddr()
                            + "): further sign-ins for it answer 429 until the oldest failure is a minute old");
                }
            }
        }
        return result;
    }

    /** 429 with Retry-After: problem+json on the API; the admin's login page shows its own message. */
    private static AuthenticationStatus tooManyFailures(HttpMessageContext context, long seconds) {
        HttpServletResponse response = context.getResponse();
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter()
                    .write(new Problem(
                                    "about:blank",
                                    "Too Many Requests",
                                    429,
                                    "Too many failed sign-ins for this user or from this address: try again in "
                                            + seconds + " s",
                                    null)
                            .toJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** A username as it may appear in the log: no line breaks or other control characters (log forging). */
    private static String printable(String text) {
        String shown = text.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return shown.length() > 80 ? shown.substring(0, 80) + "..." : shown;
    }

    private AuthenticationStatus admin(HttpServletRequest request, HttpMessageContext context) {
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted != null) {
            return signIn(request, context, submitted);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof SignedInUser user) {
            // The user as they are now: a disabled user's session ends at their next request, a changed role counts.
            Optional<Set<String>> roles = passwords.currentRoles(user.name());
            if (roles.isPresent()) {
                return context.notifyContainerAboutLogin(user.name(), roles.get());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return toSignIn(request, context);
        }
        return context.doNothing();
    }

    /**
     * Sends a visitor without a signed-in session to the login page, saying when their session expired and where to
     * return after signing in. A Faces Ajax request (a PrimeFaces button) cannot follow an HTTP redirect, so it gets
     * a partial-response redirect instead; otherwise its button would silently do nothing.
     */
    private static AuthenticationStatus toSignIn(HttpServletRequest request, HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // A GET comes back with its query (filters, the item shown); a form post comes back to its page.
        String back = "GET".equals(request.getMethod()) && request.getQueryString() != null
                ? path + "?" + request.getQueryString()
                : path;
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        String login = request.getContextPath() + LOGIN_PAGE + "?" + (expired ? "expired=true&" : "") + "next="
                + URLEncoder.encode(back, StandardCharsets.UTF_8);
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return context.redirect(login);
        }
        HttpServletResponse response = context.getResponse();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        try {
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + login.replace("&", "&amp;")
                                    .replace("\"", "&quot;")
                                    .replace("<", "&lt;")
                            + "\"/></partial-response>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        Optional<Duration> wait = throttled(request, credential);
        if (wait.isPresent()) {
            // The login page renders the message (LoginBean); the status and header are set here.
            long seconds = seconds(wait.get());
            request.setAttribute(RETRY_AFTER_ATTRIBUTE, seconds);
            context.getResponse().setStatus(429);
            context.getResponse().setHeader("Retry-After", Long.toString(seconds));
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = validate(request, credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at sign-in defeats session fixation.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true)
                .setAttribute(
                        SESSION_USER,
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
