package io.switchboard.admin;

import io.switchboard.platform.DomainException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Page messages of the admin screens. */
final class Messages {

    private Messages() {
    }

    static void inform(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }

    static void failText(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
    }

    // The service's reason, as a sentence.
    static void fail(DomainException e) {
        String reason = e.getMessage();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Character.toUpperCase(reason.charAt(0)) + reason.substring(1), null));
    }
}
