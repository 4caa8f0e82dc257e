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

    /**
     * A refusal beside the input with this client id (a p:message for it shows the detail) and in the page's
     * messages; only in the page's messages when the id is null.
     */
    public static void failAt(String clientId, String sentence) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, sentence, sentence));
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
