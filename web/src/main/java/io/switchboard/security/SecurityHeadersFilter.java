package io.switchboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every answer of the application (admin and API), set before the resource runs so that error
 * pages and 401/429 answers carry them too.
 * <ul>
 *   <li>The admin's Content-Security-Policy allows only this origin. PrimeFaces and Faces write inline scripts and
 *   styles and evaluate AJAX callbacks, so {@code 'unsafe-inline'} and {@code 'unsafe-eval'} stay allowed for
 *   scripts; Facelets escapes output, which is the XSS defence, and the policy still stops loading scripts, frames
 *   or form targets from anywhere else. The API answers JSON only: {@code default-src 'none'}.</li>
 *   <li>No framing ({@code frame-ancestors 'none'}, and {@code X-Frame-Options: DENY} for older browsers), no MIME
 *   sniffing, no referrer to other origins.</li>
 *   <li>HSTS on HTTPS only: on plain HTTP it would be ignored, and a development server on http://localhost must not
 *   pin HTTPS for the host. The session cookie's {@code Secure} flag follows the request the same way
 *   (Payara's default, {@code cookieSecure=dynamic}).</li>
 * </ul>
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String ADMIN_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers; also called by the authentication mechanism, whose 401 and 429 answers are written before
     * any filter runs.
     */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Content-Security-Policy", path.startsWith("/api/") ? API_POLICY : ADMIN_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }
}
