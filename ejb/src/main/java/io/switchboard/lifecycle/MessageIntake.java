package io.switchboard.lifecycle;

import io.switchboard.conversations.InboundMessage;
import io.switchboard.platform.ConcurrencyConflicts;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Receives inbound customer messages, exactly once per idempotency key or external id. Each attempt is one
 * transaction; when a concurrent request won a unique key (the same customer's first messages in a burst, a
 * gateway's retry) the attempt rolls back and the next one finds the winner's conversation or message. A CDI bean
 * with no transaction of its own (each attempt is {@link MessageThreading}'s): a session bean around the attempts
 * cost a container invocation per message and added nothing.
 */
@ApplicationScoped
public class MessageIntake {

    static final int ATTEMPTS = 4;

    @EJB
    MessageThreading threading;

    public IntakeResult receive(InboundMessage inbound) {
        for (int attempt = 1; ; attempt++) {
            try {
                return threading.thread(inbound);
            } catch (EJBException e) {
                boolean lostARace = ConcurrencyConflicts.isIntegrityViolation(e)
                        || ConcurrencyConflicts.isStaleUpdate(e)
                        || ConcurrencyConflicts.isLockConflict(e);
                if (attempt == ATTEMPTS || !lostARace) {
                    throw e;
                }
            }
        }
    }
}
