package io.switchboard.admin.channels;

import io.switchboard.admin.support.Labels;
import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.support.UserText;
import io.switchboard.channels.Channel;
import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderService;
import io.switchboard.outbound.GatewayService;
import io.switchboard.outbound.GatewayService.ConfiguredGateway;
import io.switchboard.outbound.SenderGateway;
import io.switchboard.platform.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The senders screen: the addresses the business talks from, by channel; create, rename, delete, and each sender's
 * channel gateway (URL and signing secret, the secret shown once when issued). The same services as the REST API.
 */
@Named
@ViewScoped
public class SendersBean implements Serializable {

    /** A sender as the table shows it. */
    public record Row(
            long id,
            String channel,
            String address,
            String name,
            String gatewayUrl,
            String secretPrefix,
            boolean email,
            boolean noReply)
            implements Serializable {
        // Jakarta EL 5 reads bean getters, not record accessors.
        public long getId() {
            return id;
        }

        public String getChannel() {
            return channel;
        }

        public String getAddress() {
            return address;
        }

        public String getName() {
            return name;
        }

        public String getGatewayUrl() {
            return gatewayUrl;
        }

        public String getSecretPrefix() {
            return secretPrefix;
        }

        public boolean isEmail() {
            return email;
        }

        public boolean isNoReply() {
            return noReply;
        }

        /** The words a search matches: channel, address and name. */
        boolean matches(String query) {
            String words = (channel + " " + address + " " + (name == null ? "" : name)).toLowerCase(Locale.ROOT);
            return words.contains(query.toLowerCase(Locale.ROOT));
        }
    }

    @EJB
    transient SenderService senders;

    @EJB
    transient GatewayService gateways;

    private List<Row> rows = List.of();
    private String query;

    // New sender
    private Channel channel;
    private String address;
    private String name;

    // The editor (a dialog): name and address, and the gateway
    private Row selected;
    private String editAddress;
    private String editName;
    private boolean editNoReply;
    private String gatewayUrl;

    // The secret just issued, shown once
    private String issuedSecret;

    @PostConstruct
    void load() {
        List<Row> all = senders.list().stream().map(this::row).toList();
        String wanted = query == null ? "" : query.trim();
        rows = wanted.isEmpty()
                ? all
                : all.stream().filter(r -> r.matches(wanted)).toList();
    }

    private Row row(Sender sender) {
        Optional<SenderGateway> gateway = gateways.find(sender.getId());
        return new Row(
                sender.getId(),
                Labels.channel(sender.getChannel()),
                sender.getAddress(),
                sender.getName(),
                gateway.map(SenderGateway::getUrl).orElse(null),
                gateway.map(SenderGateway::getSecretPrefix).orElse(null),
                sender.getChannel() == Channel.EMAIL,
                sender.isNoReply());
    }

    public void search() {
        load();
    }

    @ReportsRefusals
    public void create() {
        boolean complete = true;
        if (channel == null) {
            Messages.failAt("create:channel", "Choose the channel");
            complete = false;
        }
        if (address == null || address.isBlank()) {
            Messages.failAt("create:address", "Enter the address: a number, an email address or a channel id");
            complete = false;
        }
        if (!complete) {
            return;
        }
        if (senders.findByAddress(channel, address.trim()).isPresent()) {
            Messages.failAt("create:address", "A " + Labels.channel(channel) + " sender with this address exists");
            return;
        }
        Sender sender = senders.create(channel, address.trim(), blankToNull(name));
        Messages.inform("Sender " + UserText.isolated(Labels.sender(sender)) + " created");
        channel = null;
        address = null;
        name = null;
        load();
    }

    /** Opens the editor (a dialog) on a sender. */
    public void edit(Row row) {
        selected = row;
        editAddress = row.address();
        editName = row.name();
        editNoReply = row.noReply();
        gatewayUrl = row.gatewayUrl();
        issuedSecret = null;
    }

    @ReportsRefusals
    public void save() {
        if (editAddress == null || editAddress.isBlank()) {
            Messages.failAt("editor:address", "Enter the address");
            return;
        }
        try {
            Sender sender = senders.update(
                    selected.id(), editAddress.trim(), blankToNull(editName), selected.email() ? editNoReply : null);
            Messages.inform("Sender " + UserText.isolated(Labels.sender(sender)) + " saved");
        } finally {
            reselect();
        }
    }

    /** Sets the gateway URL; a first gateway issues the signing secret. */
    @ReportsRefusals
    public void saveGateway() {
        configureGateway(false);
    }

    /** Issues a new signing secret: the old one stops working at once. */
    @ReportsRefusals
    public void rotateSecret() {
        configureGateway(true);
    }

    private void configureGateway(boolean rotate) {
        if (gatewayUrl == null || gatewayUrl.isBlank()) {
            Messages.failAt("editor:gatewayUrl", "Enter the gateway's URL, starting with https:// or http://");
            return;
        }
        try {
            ConfiguredGateway configured = gateways.configure(selected.id(), gatewayUrl, rotate);
            issuedSecret = configured.issuedSecret();
            Messages.inform(issuedSecret == null ? "Gateway URL saved" : "Gateway saved with a new signing secret");
        } catch (InvalidInputException e) {
            Messages.failAt("editor:gatewayUrl", sentence(e.getReason()));
        } finally {
            reselect();
        }
    }

    @ReportsRefusals
    public void removeGateway() {
        try {
            gateways.remove(selected.id());
            Messages.inform("Gateway removed: replies from this sender wait in the outbox until it has one");
            gatewayUrl = null;
        } finally {
            reselect();
        }
    }

    @ReportsRefusals
    public void delete(Row row) {
        try {
            senders.delete(row.id());
            Messages.inform("Sender " + row.channel() + " " + UserText.isolated(row.address()) + " deleted");
        } finally {
            load();
        }
    }

    /** Closes the secret's notice: it is not shown again. */
    public void forgetSecret() {
        issuedSecret = null;
    }

    private void reselect() {
        load();
        long id = selected.id();
        selected = rows.stream().filter(r -> r.id() == id).findFirst().orElse(selected);
    }

    private static String sentence(String reason) {
        return reason == null || reason.isEmpty()
                ? "The URL is refused"
                : Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public List<Channel> getChannels() {
        return Arrays.asList(Channel.values());
    }

    public String channelLabel(Channel value) {
        return Labels.channel(value);
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Row getSelected() {
        return selected;
    }

    public String getEditAddress() {
        return editAddress;
    }

    public void setEditAddress(String editAddress) {
        this.editAddress = editAddress;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public boolean isEditNoReply() {
        return editNoReply;
    }

    public void setEditNoReply(boolean editNoReply) {
        this.editNoReply = editNoReply;
    }

    public String getGatewayUrl() {
        return gatewayUrl;
    }

    public void setGatewayUrl(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }
}
