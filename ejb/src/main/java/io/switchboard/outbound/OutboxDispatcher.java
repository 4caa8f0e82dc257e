package io.switchboard.outbound;

import io.switchboard.outbound.logic.WebhookSignature;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLSocketFactory;

/**
 * Delivers the outbox: a non-persistent interval timer claims due entries in batches and POSTs each to its sender's
 * gateway (a workflow's call to its own address, a workflow's email over the mail session), outside any transaction (no row stays locked while a gateway thinks), then settles it in a transaction
 * of its own. Instances sharing a database share the work through the claim's row locks, not through this class.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxDispatcher {

    static final int BATCH = 50;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    @Resource
    TimerService timers;

    @EJB
    OutboxService outbox;

    @EJB
    GatewayService gateways;

    @Inject
    OutboundSettings settings;

    @Inject
    Clock clock;

    @Inject
    MailTransport mail;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        long every = settings.pollInterval().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("outbox-dispatcher", false));
    }

    @PreDestroy
    void stop() {
        timers.getTimers().forEach(Timer::cancel);
    }

    /** One tick: batches until nothing is due. A tick still running makes the next one a no-op. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            List<OutboxService.Delivery> batch;
            do {
                batch = outbox.claimDue(BATCH);
                batch.forEach(delivery -> outbox.settle(delivery.entryId(), deliver(delivery)));
            } while (batch.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox dispatch stopped early; the next tick carries on", e);
        } finally {
            running.set(false);
        }
    }

    /** One signed POST; any failure becomes an outcome, never an exception. */
    DeliveryOutcome deliver(OutboxService.Delivery delivery) {
        if (delivery.kind() == OutboxEntry.Kind.MAIL) {
            return mail.send(delivery);
        }
        if (delivery.url() == null) {
            return delivery.kind() == OutboxEntry.Kind.BOT
                    ? DeliveryOutcome.permanent("the bot was deleted")
                    : DeliveryOutcome.retryable("the sender has no gateway configured");
        }
        var target = gateways.resolve(delivery.url());
        if (target.refusal().isPresent()) {
            return DeliveryOutcome.retryable((delivery.call()
                            ? "address refused: "
                            : delivery.kind() == OutboxEntry.Kind.BOT ? "bot URL refused: " : "gateway URL refused: ")
                    + target.refusal().get());
        }
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        if (delivery.call()) {
            return call(delivery, target, body);
        }
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put(WebhookSignature.IDEMPOTENCY_HEADER, delivery.idempotencyKey());
        headers.put(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp));
        headers.put(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(delivery.secret(), timestamp, body));
        headers.put("X-Switchboard-Attempt", Integer.toString(delivery.attempt()));
        try {
            // Connects to the addresses just checked: no second DNS lookup (PinnedHttpPost says why not HttpClient).
            PinnedHttpPost.Answer answer = PinnedHttpPost.send(
                    "POST",
                    target.uri(),
                    target.addresses(),
                    headers,
                    body,
                    CONNECT_TIMEOUT,
                    REQUEST_TIMEOUT,
                    (SSLSocketFactory) SSLSocketFactory.getDefault());
            String text = answer.bodyStart();
            return DeliveryOutcome.ofStatus(answer.status(), text.substring(0, Math.min(200, text.length())));
        } catch (IOException e) {
            return DeliveryOutcome.retryable("gateway unreachable: " + e);
        } catch (IllegalArgumentException e) {
            return DeliveryOutcome.permanent("invalid gateway request: " + e.getMessage());
        }
    }

    /** A workflow's call: its method, content type and headers, the idempotency key; no gateway signature. */
    private DeliveryOutcome call(OutboxService.Delivery delivery, GatewayService.CheckedAddresses target, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (delivery.contentType() != null && body.length > 0) {
            headers.put("Content-Type", delivery.contentType());
        }
        headers.putAll(delivery.headers());
        headers.put(WebhookSignature.IDEMPOTENCY_HEADER, delivery.idempotencyKey());
        try {
            PinnedHttpPost.Answer answer = PinnedHttpPost.send(
                    delivery.method(),
                    target.uri(),
                    target.addresses(),
                    headers,
                    body,
                    CONNECT_TIMEOUT,
                    REQUEST_TIMEOUT,
                    (SSLSocketFactory) SSLSocketFactory.getDefault());
            String text = answer.bodyStart();
            return DeliveryOutcome.ofStatus(answer.status(), text.substring(0, Math.min(200, text.length())));
        } catch (IOException e) {
            return DeliveryOutcome.retryable("address unreachable: " + e);
        } catch (IllegalArgumentException e) {
            return DeliveryOutcome.permanent("invalid request: " + e.getMessage());
        }
    }
}
