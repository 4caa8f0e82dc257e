package io.switchboard.admin.outbound;

import io.switchboard.admin.support.Labels;
import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderService;
import io.switchboard.outbound.OutboxEntry;
import io.switchboard.outbound.OutboxService;
import io.switchboard.outbound.OutboxStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The outbox screen: entries per state, the dead letters with their last error, and retrying one. */
@Named
@ViewScoped
public class OutboxBean implements Serializable {

    static final int DEAD_SHOWN = 100;

    /** A dead letter as the table shows it. */
    public static final class DeadRow implements Serializable {
        private final long id;
        private final Long messageId;
        private final Long senderId;
        private final int attempts;
        private final String lastError;
        private final Instant deadAt;

        DeadRow(OutboxEntry entry) {
            this.id = entry.getId();
            this.messageId = entry.getMessageId();
            this.senderId = entry.getSenderId();
            this.attempts = entry.getAttempts();
            this.lastError = entry.getLastError();
            this.deadAt = entry.getDeadAt();
        }

        public long getId() {
            return id;
        }

        public Long getMessageId() {
            return messageId;
        }

        public Long getSenderId() {
            return senderId;
        }

        public int getAttempts() {
            return attempts;
        }

        public String getLastError() {
            return lastError;
        }

        public Instant getDeadAt() {
            return deadAt;
        }
    }

    @EJB
    transient OutboxService outbox;

    @EJB
    transient SenderService senders;

    // Sender ids as people know the senders: channel and address.
    private Map<Long, String> senderLabels;

    private Map<OutboxStatus, Long> counts;
    private List<DeadRow> dead;
    private long deadTotal;

    @PostConstruct
    void load() {
        counts = outbox.counts();
        var page = outbox.list(OutboxStatus.DEAD, null, 0, DEAD_SHOWN);
        dead = page.items().stream().map(DeadRow::new).toList();
        senderLabels = senders.list().stream().collect(Collectors.toMap(Sender::getId, Labels::sender));
        deadTotal = page.total();
    }

    @ReportsRefusals
    public void retry(DeadRow row) {
        try {
            outbox.retry(row.getId());
            Messages.inform("Outbox entry " + row.getId() + " is queued for delivery again");
        } finally {
            load();
        }
    }

    /** A dead letter's sender as the table shows it (a deleted sender by its number). */
    public String senderLabel(Long senderId) {
        return senderId == null ? "" : senderLabels.getOrDefault(senderId, "Sender #" + senderId);
    }

    public void refresh() {
        load();
    }

    public long getPending() {
        return counts.get(OutboxStatus.PENDING);
    }

    public long getDelivered() {
        return counts.get(OutboxStatus.DELIVERED);
    }

    public long getDeadCount() {
        return counts.get(OutboxStatus.DEAD);
    }

    public List<DeadRow> getDead() {
        return dead;
    }

    public long getDeadTotal() {
        return deadTotal;
    }
}
