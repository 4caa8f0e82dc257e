package io.switchboard.outbound;

import io.switchboard.outbound.logic.WebhookSignature;

import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderService;
import io.switchboard.platform.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/** The channel gateway of each sender: where its messages go and the secret they are signed with. */
@Stateless
public class GatewayService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @EJB
    SenderService senders;

    @Inject
    OutboundSettings settings;

    @Inject
    Clock clock;

    /** The gateway after the change, with the signing secret when one was issued now (first time or rotation). */
    public record ConfiguredGateway(SenderGateway gateway, String issuedSecret) {
    }

    /** Sets the sender's gateway URL; a new gateway, or {@code rotateSecret}, issues a new signing secret. */
    public ConfiguredGateway configure(long senderId, String url, boolean rotateSecret) {
        Sender sender = senders.find(senderId);
        String checked = checkUrl(url);
        SenderGateway gateway = em.find(SenderGateway.class, senderId, LockModeType.PESSIMISTIC_WRITE);
        String issued = null;
        if (gateway == null) {
            issued = WebhookSignature.newSecret(RANDOM);
            gateway = new SenderGateway(sender, checked, issued, WebhookSignature.shownPrefix(issued), clock.instant());
            em.persist(gateway);
        } else {
            gateway.changeUrl(checked, clock.instant());
            if (rotateSecret) {
                issued = WebhookSignature.newSecret(RANDOM);
                gateway.rotate(issued, WebhookSignature.shownPrefix(issued), clock.instant());
            }
        }
        em.flush();
        return new ConfiguredGateway(gateway, issued);
    }

    public Optional<SenderGateway> find(long senderId) {
        senders.find(senderId);
        return Optional.ofNullable(em.find(SenderGateway.class, senderId));
    }

    public void remove(long senderId) {
        find(senderId).ifPresent(em::remove);
    }

    /** The URL, trimmed, when its shape and its host's addresses are acceptable. */
    String checkUrl(String url) {
        String trimmed = url == null ? "" : url.trim();
        GatewayAddresses.shapeProblem(trimmed).ifPresent(reason -> {
            throw new InvalidInputException("url", reason);
        });
        refusedAddress(trimmed).ifPresent(reason -> {
            throw new InvalidInputException("url", reason);
        });
        return trimmed;
    }

    /** Why the URL's host may not be called, checked at configuration and again at each delivery. */
    public Optional<String> refusedAddress(String url) {
        if (settings.allowPrivateAddresses()) {
            return Optional.empty();
        }
        String host = URI.create(url).getHost();
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (GatewayAddresses.isInternal(address)) {
                    return Optional.of("resolves to an internal address (" + address.getHostAddress()
                            + "); internal addresses are refused unless the operator allows them");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("host " + host + " does not resolve");
        }
    }
}
