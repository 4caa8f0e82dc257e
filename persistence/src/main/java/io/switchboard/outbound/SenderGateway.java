package io.switchboard.outbound;

import io.switchboard.channels.Sender;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The channel gateway a sender's outbound messages are POSTed to. Invariant: the signing secret never leaves the
 * server after it was issued (the API shows it once, then only its prefix); delivery needs it as issued to sign.
 */
@Entity
@Table(name = "sender_gateway")
public class SenderGateway {

    @Id
    @Column(name = "sender_id")
    private Long senderId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sender_id")
    private Sender sender;

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(name = "signing_secret", nullable = false)
    private String signingSecret;

    @Column(name = "secret_prefix", nullable = false)
    private String secretPrefix;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SenderGateway() {}

    public SenderGateway(Sender sender, String url, String signingSecret, String secretPrefix, Instant at) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.senderId = sender.getId();
        this.url = Objects.requireNonNull(url, "url");
        rotate(signingSecret, secretPrefix, at);
    }

    public void changeUrl(String newUrl, Instant at) {
        this.url = Objects.requireNonNull(newUrl, "url");
        this.updatedAt = at;
    }

    public void rotate(String newSecret, String newPrefix, Instant at) {
        this.signingSecret = Objects.requireNonNull(newSecret, "signingSecret");
        this.secretPrefix = Objects.requireNonNull(newPrefix, "secretPrefix");
        this.updatedAt = at;
    }

    public Long getSenderId() {
        return senderId;
    }

    public Sender getSender() {
        return sender;
    }

    public String getUrl() {
        return url;
    }

    public String getSigningSecret() {
        return signingSecret;
    }

    public String getSecretPrefix() {
        return secretPrefix;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
