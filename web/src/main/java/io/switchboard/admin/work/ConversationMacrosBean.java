package io.switchboard.admin.work;

import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.Reader;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.lifecycle.macros.MacroApplication;
import io.switchboard.lifecycle.workspace.AgentWorkspace;
import io.switchboard.macros.Macro;
import io.switchboard.macros.MacroTag;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The macro picker of the conversation view: the macros available in the conversation's queue, found by name or
 * macro tag; applying one does its actions at once (or nothing, with the reason) and puts its template for the
 * conversation's channel in the composer for the agent to edit and send.
 */
@Named
@ViewScoped
public class ConversationMacrosBean implements Serializable {

    @EJB
    transient AgentWorkspace workspace;

    @Inject
    ConversationBean conversation;

    private String search;

    public List<Macro> getMacros() {
        return workspace.macros(conversation.getId(), Reader.roles(), Reader.username(), search);
    }

    @ReportsRefusals
    public void apply(Macro macro) {
        try {
            MacroApplication.Applied applied =
                    workspace.applyMacro(conversation.getId(), Reader.roles(), Reader.username(), macro.getId());
            if (applied.template() != null) {
                conversation.setReply(applied.template());
            }
            MacroApplication.Recipient recipient = applied.recipient();
            if (recipient != null) {
                conversation.fillRecipient(
                        recipient.channel(), recipient.address(), recipient.senderId(), recipient.sender());
            }
            Messages.inform("Macro '" + applied.macroName() + "' applied"
                    + (applied.template() != null ? "; its template is in the reply box" : "")
                    + (recipient != null ? "; the recipient is " + recipient.address() : ""));
        } finally {
            conversation.load();
        }
    }

    public String tagsOf(Macro macro) {
        return macro.getTags().stream().map(MacroTag::getName).sorted().collect(Collectors.joining(", "));
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
