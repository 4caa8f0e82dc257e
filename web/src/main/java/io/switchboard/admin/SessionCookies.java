package io.switchboard.admin;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The admin's session cookie is SameSite=Lax: another site cannot make a signed-in supervisor's browser post to the
 * admin. Set here because Payara's web.xml parser ignores the Servlet 6 cookie attribute element.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setAttribute("SameSite", "Lax");
    }
}
