package io.switchboard.admin.companion;

import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.settings.SettingsService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Settings › General › Agent companion: the AI summary and the suggested replies, each on or off. */
@Named
@ViewScoped
public class CompanionSettingsBean implements Serializable {

    @Inject
    SettingsService settings;

    private boolean summary;
    private boolean suggestedReplies;

    @PostConstruct
    void load() {
        summary = settings.companionSummaryEnabled();
        suggestedReplies = settings.suggestedRepliesEnabled();
    }

    @ReportsRefusals
    public void toggleSummary() {
        settings.enableCompanionSummary(summary);
        Messages.inform(
                summary
                        ? "AI summary on: agents get a summary of the conversation on demand"
                        : "AI summary off: the conversation view offers no summary");
    }

    @ReportsRefusals
    public void toggleSuggestedReplies() {
        settings.enableSuggestedReplies(suggestedReplies);
        Messages.inform(
                suggestedReplies
                        ? "Suggested replies on: agents get up to three replies to insert into the composer"
                        : "Suggested replies off: the conversation view offers none");
    }

    public boolean isSummary() {
        return summary;
    }

    public void setSummary(boolean summary) {
        this.summary = summary;
    }

    public boolean isSuggestedReplies() {
        return suggestedReplies;
    }

    public void setSuggestedReplies(boolean suggestedReplies) {
        this.suggestedReplies = suggestedReplies;
    }
}
