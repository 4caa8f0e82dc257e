package io.switchboard.api.errors;

import io.switchboard.api.Problem;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The container's error page (errors raised before JAX-RS runs, e.g. a 403 from a security constraint):
 * a problem document for API callers, the admin's HTML page for everyone else.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
            Response.StatusType type = Response.Status.fromStatusCode(status);
            String detail = status == 403
                    ? "Your roles do not allow this"
                    : status == 404 ? "No resource at this address" : "The request could not be served";
            Problem problem =
                    type == null ? new Problem("about:blank", "Error", status, detail, null) : Problem.of(type, detail);
            response.setStatus(status);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(problem.toJson());
            return;
        }
        request.getRequestDispatcher("/error.xhtml").forward(request, response);
    }
}
