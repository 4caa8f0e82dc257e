package io.switchboard.admin.general;

import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.support.UserText;
import io.switchboard.settings.SettingsService;
import io.switchboard.tags.Tag;
import io.switchboard.tags.TagService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.PrimeFaces;

/** General setup: the Short ID of conversations, sentiment analysis on or off, the account's time zone, and the tags agents put on conversations (create, rename, delete). */
@Named
@ViewScoped
public class GeneralSetupBean implements Serializable {

    /** A tag as the table shows it. */
    public record TagRow(long id, String name) implements Serializable {
        // Jakarta EL 5 reads bean getters, not record accessors.
        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }
    }

    @Inject
    SettingsService settings;

    @EJB
    transient TagService tags;

    private boolean shortId;
    private boolean sentiment;
    private String timeZone;
    private List<TagRow> rows = List.of();
    private String query;
    private String newTag;

    private TagRow editing;
    private String editName;

    @PostConstruct
    void load() {
        shortId = settings.shortIdEnabled();
        sentiment = settings.sentimentEnabled();
        timeZone = settings.timeZone().getId();
        String wanted = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        rows = tags.list().stream()
                .filter(t -> t.getName().toLowerCase(Locale.ROOT).contains(wanted))
                .map(t -> new TagRow(t.getId(), t.getName()))
                .toList();
    }

    public void search() {
        load();
    }

    @ReportsRefusals
    public void toggleShortId() {
        settings.enableShortId(shortId);
        Messages.inform(
                shortId
                        ? "Short ID on: screens and automated messages show conversations' short IDs"
                        : "Short ID off: screens and automated messages show conversations' IDs");
    }

    @ReportsRefusals
    public void createTag() {
        String name = newTag == null ? "" : newTag.trim();
        if (name.isEmpty()) {
            Messages.failAt("tags:newTag", "Enter the tag's name");
            return;
        }
        Tag tag = tags.create(name);
        Messages.inform("Tag " + UserText.quoted(tag.getName()) + " created");
        newTag = null;
        load();
    }

    /** Opens the rename dialog on a tag. */
    public void edit(TagRow row) {
        editing = row;
        editName = row.name();
    }

    @ReportsRefusals
    public void rename() {
        String name = editName == null ? "" : editName.trim();
        if (name.isEmpty()) {
            Messages.failAt("rename:name", "Enter the tag's name");
            return;
        }
        try {
            Tag tag = tags.rename(editing.id(), name);
            Messages.inform("Tag renamed to " + UserText.quoted(tag.getName()));
            editing = null;
            PrimeFaces.current().executeScript("PF('renameTag').hide()");
        } finally {
            load();
        }
    }

    @ReportsRefusals
    public void delete(TagRow row) {
        try {
            tags.delete(row.id());
            Messages.inform("Tag " + UserText.quoted(row.name()) + " deleted");
        } finally {
            load();
        }
    }

    @ReportsRefusals
    public void toggleSentiment() {
        settings.enableSentiment(sentiment);
        Messages.inform(
                sentiment
                        ? "Sentiment analysis on: customers' messages are scored from now on"
                        : "Sentiment analysis off: no message is scored from now on");
    }

    /** Saves the account's time zone (a choice from the list, so only known zones arrive). */
    @ReportsRefusals
    public void saveTimeZone() {
        settings.changeTimeZone(timeZone);
        Messages.inform("Time zone saved: reports count the days of " + timeZone);
    }

    /** Every time zone Java knows, by name. */
    public List<String> getTimeZones() {
        return java.time.ZoneId.getAvailableZoneIds().stream().sorted().toList();
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public boolean isSentiment() {
        return sentiment;
    }

    public void setSentiment(boolean sentiment) {
        this.sentiment = sentiment;
    }

    public boolean isShortId() {
        return shortId;
    }

    public void setShortId(boolean shortId) {
        this.shortId = shortId;
    }

    public List<TagRow> getRows() {
        return rows;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getNewTag() {
        return newTag;
    }

    public void setNewTag(String newTag) {
        this.newTag = newTag;
    }

    public TagRow getEditing() {
        return editing;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }
}
