package io.switchboard.admin.support;

import io.switchboard.platform.DomainException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Page messages of the admin screens. */
public final class Messages {

    private Messages() {}

    public static void inform(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }

    public static void failText(String summary) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
    }

    /** A refusal shown beside the field it concerns (its p:message), by the field's client id. */
    public static void failAt(String clientId, String summary) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
    }

    // The service's reason, as a sentence.
    public static void fail(DomainException e) {
        String reason = e.getMessage();
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR,
                                Character.toUpperCase(reason.charAt(0)) + reason.substring(1),
                                null));
    }
}
