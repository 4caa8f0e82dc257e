package io.switchboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An API key is looked up in the database before any resource runs: with the database gone, the API answers what its
 * exception mapper answers then (503 problem+json with Retry-After), not the container's bare 500.
 */
class AuthenticationWithoutDatabaseTest {

    private final Map<String, String> headers = new HashMap<>();
    private final StringWriter body = new StringWriter();
    private int status;

    private AuthenticationStatus authenticate(RuntimeException lookupFailure) {
        SwitchboardAuthenticationMechanism mechanism = new SwitchboardAuthenticationMechanism();
        mechanism.identityStores = fake(IdentityStoreHandler.class, (name, args) -> {
            throw lookupFailure;
        });
        HttpServletRequest request = fake(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getRequestURI" -> "/switchboard/api/v1/messages";
            case "getContextPath" -> "/switchboard";
            case "getHeader" -> "Authorization".equals(args[0]) ? "Bearer sb_key" : null;
            case "getRemoteAddr" -> "127.0.0.1";
            case "isSecure" -> false;
            default -> null;
        });
        PrintWriter writer = new PrintWriter(body, true);
        HttpServletResponse response = fake(HttpServletResponse.class, (name, args) -> {
            switch (name) {
                case "setStatus" -> status = (Integer) args[0];
                case "setHeader", "setContentType" ->
                    headers.put(name.equals("setHeader") ? (String) args[0] : "Content-Type", (String)
                            args[name.equals("setHeader") ? 1 : 0]);
                case "getWriter" -> {
                    return writer;
                }
                default -> {}
            }
            return null;
        });
        HttpMessageContext context = fake(HttpMessageContext.class, (name, args) -> switch (name) {
            case "getResponse" -> response;
            case "isProtected" -> true;
            default -> null;
        });
        return mechanism.validateRequest(request, response, context);
    }

    @Test
    void anUnreachableDatabaseAnswers503ProblemWithRetryAfter() {
        RuntimeException failure =
                new IllegalStateException("identity store failed", new SQLException("Connection refused", "08001"));

        assertSame(AuthenticationStatus.SEND_FAILURE, authenticate(failure));
        assertEquals(503, status);
        assertEquals("5", headers.get("Retry-After"));
        assertEquals("application/problem+json", headers.get("Content-Type"));
        assertTrue(body.toString().contains("\"status\":503"), body.toString());
    }

    @Test
    void anyOtherFailureStillPropagates() {
        RuntimeException failure = new IllegalStateException("a bug");

        assertSame(failure, assertThrows(IllegalStateException.class, () -> authenticate(failure)));
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("hashCode") ? System.identityHashCode(proxy) : proxy == args[0];
            }
            return answer.answer(method.getName(), args == null ? new Object[0] : args);
        }));
    }
}
