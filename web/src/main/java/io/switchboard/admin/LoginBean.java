package io.switchboard.admin;

import io.switchboard.lifecycle.workspace.AgentWorkspace;
import io.switchboard.security.SwitchboardAuthenticationMechanism;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/** The admin's sign-in and sign-out. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext facesContext;

    @EJB
    AgentWorkspace workspace;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    // The admin page to return to after signing in (the login page's next parameter, then its hidden field).
    private String next;

    public void login() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, password))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + returnPath(next));
            case SEND_CONTINUE -> facesContext.responseComplete();
            default ->
                facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(external), null));
        }
    }

    /**
     * Where a sign-in returns: the page the user was sent away from when it is an admin page of this application
     * (never another site: no scheme, no "//"), else the admin's home.
     */
    static String returnPath(String next) {
        boolean local = next != null
                && next.startsWith("/admin/")
                && !next.startsWith("/admin/login.xhtml")
                && !next.contains("//")
                && !next.contains("\\")
                && next.chars().noneMatch(Character::isISOControl);
        return local ? next : "/admin/";
    }

    /** Why the sign-in failed; the mechanism marks a sign-in refused after too many failures (status 429). */
    private static String refusal(ExternalContext external) {
        Object wait = external.getRequestMap().get(SwitchboardAuthenticationMechanism.RETRY_AFTER_ATTRIBUTE);
        if (wait == null) {
            return "Wrong username or password, or the user is disabled";
        }
        external.setResponseStatus(429);
        external.setResponseHeader("Retry-After", wait.toString());
        return "Too many failed sign-ins for this user or from this computer. Please wait " + wait
                + " seconds, then try again.";
    }

    /** Signs out; an agent goes Offline first, so that no more conversations reach them. */
    public void logout() throws IOException, ServletException {
        ExternalContext external = facesContext.getExternalContext();
        if (external.getRemoteUser() != null) {
            workspace.signOut(external.getRemoteUser());
        }
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/admin/login.xhtml");
    }

    /** The return page: the field's value on the sign-in post, else the query parameter the page was opened with. */
    public String getNext() {
        return next != null
                ? next
                : facesContext.getExternalContext().getRequestParameterMap().get("next");
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
