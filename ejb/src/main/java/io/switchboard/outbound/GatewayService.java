package io.switchboard.outbound;

import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderDeleting;
import io.switchboard.channels.SenderService;
import io.switchboard.outbound.logic.WebhookSignature;
import io.switchboard.platform.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
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
    public record ConfiguredGateway(SenderGateway gateway, String issuedSecret) {}

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
        return resolve(url).refusal();
    }

    /**
     * The URL's host resolved once: either every address it has is acceptable (the delivery then connects to those
     * very addresses, so a DNS answer that changes between check and connection cannot redirect it), or the reason
     * it is refused.
     */
    public CheckedAddresses resolve(String url) {
        Optional<String> shape = GatewayAddresses.shapeProblem(url);
        if (shape.isPresent()) {
            return CheckedAddresses.refused(shape.get());
        }
        URI uri = URI.create(url);
        String host = uri.getHost();
        List<InetAddress> addresses;
        try {
            addresses = List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return CheckedAddresses.refused("host " + host + " does not resolve");
        }
        if (!settings.allowPrivateAddresses()) {
            List<InetAddress> own = ownAddresses();
            for (InetAddress address : addresses) {
                if (GatewayAddresses.isInternal(address, own)) {
                    return CheckedAddresses.refused("resolves to an internal address (" + address.getHostAddress()
                            + "); internal addresses are refused unless the operator allows them");
                }
            }
        }
        return new CheckedAddresses(uri, addresses, Optional.empty());
    }

    /** The addresses of this host's network interfaces: a gateway URL naming the server itself is refused too. */
    private static List<InetAddress> ownAddresses() {
        try {
            return NetworkInterface.networkInterfaces()
                    .flatMap(NetworkInterface::inetAddresses)
                    .toList();
        } catch (SocketException e) {
            return List.of();
        }
    }

    /** A gateway URL with the addresses its host resolved to, all checked; or the reason it is refused. */
    public record CheckedAddresses(URI uri, List<InetAddress> addresses, Optional<String> refusal) {

        static CheckedAddresses refused(String reason) {
            return new CheckedAddresses(null, List.of(), Optional.of(reason));
        }
    }

    /** A deleted sender's gateway goes with it. */
    public void senderDeleting(@Observes SenderDeleting deleting) {
        remove(deleting.senderId());
    }
}
