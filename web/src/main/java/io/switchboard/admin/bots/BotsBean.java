package io.switchboard.admin.bots;

import io.switchboard.admin.support.Labels;
import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.RefusalWording;
import io.switchboard.bots.Bot;
import io.switchboard.bots.BotService;
import io.switchboard.bots.logic.BotRules;
import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderService;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Settings › Bots: the external bots (the guide's "Connect external bots") in a searchable, sortable list, and an
 * editor beside it with the name, webhook URL, sender, history toggle, active flag and session timeout. A refusal is
 * shown beside the field it concerns. The same service as the REST API.
 */
@Named
@ViewScoped
public class BotsBean implements Serializable {

    private static final Map<String, String> INPUTS = Map.of(
            "name", "bot:name",
            "url", "bot:url",
            "senderId", "bot:sender",
            "sessionTimeout", "bot:timeout");

    private static final Map<String, String> LABELS = Map.of(
            "name", "Bot name",
            "url", "Bot URL",
            "senderId", "Number or address",
            "sessionTimeout", "Session timeout");

    /** A bot as the list shows it. */
    public record Row(long id, String name, String url, String sender, String history, String status, String timeout)
            implements Serializable {
        // Jakarta EL 5 reads bean getters, not record accessors.
        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getUrl() {
            return url;
        }

        public String getSender() {
            return sender;
        }

        public String getHistory() {
            return history;
        }

        public String getStatus() {
            return status;
        }

        public String getTimeout() {
            return timeout;
        }
    }

    @EJB
    transient BotService bots;

    @EJB
    transient SenderService senders;

    private List<Row> rows = List.of();
    private List<SelectItem> senderChoices = List.of();

    // The editor: a new bot when editingId is null
    private Long editingId;
    private String name;
    private String url;
    private Long senderId;
    private boolean historyVisible = true;
    private boolean active = true;
    private Integer timeoutMinutes;
    private String issuedSecret;

    @PostConstruct
    void load() {
        rows = bots.search(null, BotService.Order.NAME, false, 0, 1000).items().stream()
                .map(BotsBean::row)
                .toList();
        senderChoices = senders.list().stream()
                .map(s -> new SelectItem(s.getId(), Labels.senderNamed(s) + " · " + Labels.channel(s.getChannel())))
                .toList();
    }

    private static Row row(Bot bot) {
        Sender sender = bot.getSender();
        return new Row(
                bot.getId(),
                bot.getName(),
                bot.getUrl(),
                Labels.senderNamed(sender),
                bot.isHistoryVisible() ? "Visible to agents" : "Hidden from agents",
                bot.isActive() ? "Active" : "Inactive",
                bot.getSessionTimeout().map(BotsBean::spoken).orElse("None"));
    }

    /** A timeout in words: "15 minutes", "2 hours", "90 seconds". */
    static String spoken(Duration timeout) {
        long seconds = timeout.toSeconds();
        if (seconds % 3600 == 0) {
            long hours = seconds / 3600;
            return hours + (hours == 1 ? " hour" : " hours");
        }
        if (seconds % 60 == 0) {
            long minutes = seconds / 60;
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return seconds + (seconds == 1 ? " second" : " seconds");
    }

    /** Opens the editor on a bot. */
    public void edit(Row row) {
        Bot bot = bots.find(row.id());
        editingId = bot.getId();
        name = bot.getName();
        url = bot.getUrl();
        senderId = bot.getSender().getId();
        historyVisible = bot.isHistoryVisible();
        active = bot.isActive();
        timeoutMinutes = bot.getSessionTimeout()
                .map(t -> (int) Math.max(1, t.toMinutes()))
                .orElse(null);
        issuedSecret = null;
    }

    /** Empties the editor for a new bot. */
    public void startNew() {
        editingId = null;
        name = null;
        url = null;
        senderId = null;
        historyVisible = true;
        active = true;
        timeoutMinutes = null;
        issuedSecret = null;
    }

    public void save() {
        try {
            String timeout = timeoutMinutes == null ? null : "PT" + timeoutMinutes + "M";
            BotService.Setup setup =
                    new BotService.Setup(name, url, senderId, historyVisible, active, BotRules.sessionTimeout(timeout));
            if (editingId == null) {
                BotService.Configured created = bots.create(setup);
                editingId = created.bot().getId();
                issuedSecret = created.issuedSecret();
                Messages.inform("Bot " + created.bot().getName() + " connected");
            } else {
                Bot bot = bots.update(editingId, setup);
                Messages.inform("Bot " + bot.getName() + " saved");
            }
            load();
        } catch (InvalidInputException e) {
            refuse(e.getField(), e.getReason());
        } catch (ConflictException e) {
            if (e.getFields().isEmpty()) {
                Messages.failText(RefusalWording.sentence(e.getMessage()));
            } else {
                e.getFields().forEach(this::refuse);
            }
        }
    }

    private void refuse(String field, String reason) {
        String input = INPUTS.get(field);
        String label = LABELS.getOrDefault(field, field);
        Messages.failAt(input, RefusalWording.labelled(label, reason));
    }

    public void delete(Row row) {
        try {
            bots.delete(row.id());
            Messages.inform("Bot " + row.name() + " deleted");
            if (Long.valueOf(row.id()).equals(editingId)) {
                startNew();
            }
        } catch (ConflictException e) {
            Messages.failText(RefusalWording.sentence(e.getMessage()));
        }
        load();
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<SelectItem> getSenderChoices() {
        return senderChoices;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Long getSenderId() {
        return senderId;
    }

    public void setSenderId(Long senderId) {
        this.senderId = senderId;
    }

    public boolean isHistoryVisible() {
        return historyVisible;
    }

    public void setHistoryVisible(boolean historyVisible) {
        this.historyVisible = historyVisible;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Integer getTimeoutMinutes() {
        return timeoutMinutes;
    }

    public void setTimeoutMinutes(Integer timeoutMinutes) {
        this.timeoutMinutes = timeoutMinutes;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }
}
