package io.switchboard.admin.waiting;

import io.switchboard.admin.support.Labels;
import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.support.UserText;
import io.switchboard.waiting.WaitingStrategy;
import io.switchboard.waiting.WaitingStrategyService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The waiting strategies screen's messaging form: creates a strategy, or changes the one chosen in the list. */
@Named
@ViewScoped
public class MessagingStrategyFormBean implements Serializable {

    @EJB
    transient WaitingStrategyService messagingStrategies;

    @Inject
    WaitingStrategiesBean lists;

    // The messaging form.
    private Long senderId;
    // The edited strategy's sender as the list shows it (it is taken, so the menu of free senders lacks it).
    private String senderLabel;
    // The messaging strategy being edited, or null while the form creates a new one.
    private Long editingId;
    private String name;
    private boolean welcomeEnabled;
    private String welcomeText;
    private boolean announcementEnabled;
    private String announcementText;
    private Integer announcementEvery = 5;
    private Integer announcementMaxCount;
    private boolean maxWaitEnabled;
    private String maxWaitText;
    private Integer maxWait = 30;

    /** Creates a messaging strategy, or saves the one being edited. */
    @ReportsRefusals
    public void createMessaging() {
        WaitingStrategy.Messages messages = new WaitingStrategy.Messages(
                welcomeEnabled,
                welcomeText,
                announcementEnabled,
                announcementText,
                announcementEvery,
                announcementMaxCount,
                maxWaitEnabled,
                maxWaitText,
                maxWait);
        String trimmed = name == null ? "" : name.trim();
        if (editingId != null) {
            WaitingStrategy saved = messagingStrategies.update(editingId, trimmed, messages);
            Messages.inform("Waiting strategy " + UserText.quoted(saved.getName()) + " saved");
        } else {
            WaitingStrategy created = messagingStrategies.create(senderId == null ? -1 : senderId, trimmed, messages);
            Messages.inform("Waiting strategy " + UserText.quoted(created.getName()) + " created");
        }
        cancelEdit();
        lists.load();
    }

    /** Loads a messaging strategy into the form to change it (its sender stays). */
    public void editMessaging(WaitingStrategiesBean.Row row) {
        WaitingStrategy strategy = messagingStrategies.find(row.getId());
        WaitingStrategy.Messages m = strategy.messages();
        editingId = strategy.getId();
        senderId = strategy.getSender().getId();
        senderLabel = Labels.sender(strategy.getSender());
        name = strategy.getName();
        welcomeEnabled = m.welcomeEnabled();
        welcomeText = m.welcomeText();
        announcementEnabled = m.announcementEnabled();
        announcementText = m.announcementText();
        announcementEvery = m.announcementEvery();
        announcementMaxCount = m.announcementMaxCount();
        maxWaitEnabled = m.maxWaitEnabled();
        maxWaitText = m.maxWaitText();
        maxWait = m.maxWait();
    }

    /**
     * Empties the form for a new strategy: every field back to its default, so a new strategy never inherits the
     * messages or times of the one edited before.
     */
    public void cancelEdit() {
        editingId = null;
        senderId = null;
        senderLabel = null;
        name = null;
        welcomeEnabled = false;
        welcomeText = null;
        announcementEnabled = false;
        announcementText = null;
        announcementEvery = 5;
        announcementMaxCount = null;
        maxWaitEnabled = false;
        maxWaitText = null;
        maxWait = 30;
    }

    public String getSenderLabel() {
        return senderLabel;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public Long getSenderId() {
        return senderId;
    }

    public void setSenderId(Long senderId) {
        this.senderId = senderId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isWelcomeEnabled() {
        return welcomeEnabled;
    }

    public void setWelcomeEnabled(boolean welcomeEnabled) {
        this.welcomeEnabled = welcomeEnabled;
    }

    public String getWelcomeText() {
        return welcomeText;
    }

    public void setWelcomeText(String welcomeText) {
        this.welcomeText = welcomeText;
    }

    public boolean isAnnouncementEnabled() {
        return announcementEnabled;
    }

    public void setAnnouncementEnabled(boolean announcementEnabled) {
        this.announcementEnabled = announcementEnabled;
    }

    public String getAnnouncementText() {
        return announcementText;
    }

    public void setAnnouncementText(String announcementText) {
        this.announcementText = announcementText;
    }

    public Integer getAnnouncementEvery() {
        return announcementEvery;
    }

    public void setAnnouncementEvery(Integer announcementEvery) {
        this.announcementEvery = announcementEvery;
    }

    public Integer getAnnouncementMaxCount() {
        return announcementMaxCount;
    }

    public void setAnnouncementMaxCount(Integer announcementMaxCount) {
        this.announcementMaxCount = announcementMaxCount;
    }

    public boolean isMaxWaitEnabled() {
        return maxWaitEnabled;
    }

    public void setMaxWaitEnabled(boolean maxWaitEnabled) {
        this.maxWaitEnabled = maxWaitEnabled;
    }

    public String getMaxWaitText() {
        return maxWaitText;
    }

    public void setMaxWaitText(String maxWaitText) {
        this.maxWaitText = maxWaitText;
    }

    public Integer getMaxWait() {
        return maxWait;
    }

    public void setMaxWait(Integer maxWait) {
        this.maxWait = maxWait;
    }
}
