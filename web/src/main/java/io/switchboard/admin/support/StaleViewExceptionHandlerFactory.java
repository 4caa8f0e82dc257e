package io.switchboard.admin.support;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A page whose state the server no longer holds (the session expired, the server restarted) or never held (a forged
 * or damaged view state) is not an error page: the user is sent back to sign in, or, still signed in, the page is
 * shown again fresh with a message. Ajax requests get this as a partial-response redirect (ExternalContext.redirect
 * does that).
 */
public class StaleViewExceptionHandlerFactory extends ExceptionHandlerFactory {

    public StaleViewExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new StaleViewHandler(getWrapped().getExceptionHandler());
    }

    static final class StaleViewHandler extends ExceptionHandlerWrapper {

        static final String REDISPLAYED =
                "This page was out of date and has been reloaded: nothing was changed. Apply your change again.";
        private static final Logger LOG = Logger.getLogger(StaleViewHandler.class.getName());

        StaleViewHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ExceptionQueuedEvent event = events.next();
                Throwable thrown = event.getContext().getException();
                if (context != null && !context.getResponseComplete() && stale(thrown, event)) {
                    events.remove();
                    LOG.fine(() -> "Stale or unknown view state: " + thrown);
                    redirect(context);
                    return;
                }
            }
            getWrapped().handle();
        }

        /** A view the server cannot restore: expired, or a postback whose state failed to restore at all. */
        private static boolean stale(Throwable thrown, ExceptionQueuedEvent event) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            FacesContext context = event.getContext().getContext();
            return event.getContext().getPhaseId() == PhaseId.RESTORE_VIEW
                    && context != null
                    && context.isPostback()
                    && thrown instanceof FacesException;
        }

        private static void redirect(FacesContext context) {
            ExternalContext external = context.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            String page = request.getRequestURI();
            try {
                if (request.getUserPrincipal() == null) {
                    String path = page.substring(request.getContextPath().length());
                    external.redirect(request.getContextPath() + "/admin/login.xhtml?expired=true&next="
                            + URLEncoder.encode(path, StandardCharsets.UTF_8));
                } else {
                    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, REDISPLAYED, null));
                    external.getFlash().setKeepMessages(true);
                    external.redirect(page);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }
}
