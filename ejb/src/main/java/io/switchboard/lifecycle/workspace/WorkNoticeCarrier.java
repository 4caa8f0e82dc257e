package io.switchboard.lifecycle.workspace;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries committed changes to the live screens and the other instances on one thread of its own: whatever piled up
 * since its last round goes out together (one relay notice for many transactions under load), and a commit only
 * hands its ids over ({@link CommittedChanges}). A task per commit on the managed executor cost more than the notice itself (the executor looks
 * up its context providers on every task).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkNoticeCarrier {

    private static final Logger LOG = Logger.getLogger(WorkNoticeCarrier.class.getName());

    /** How long a round waits for more commits after the first before it announces them. */
    static final long GATHER_MILLIS = 5;

    @Resource
    ManagedThreadFactory threads;

    @EJB
    AgentWorkspace workspace;

    @EJB
    WorkRelay relay;

    @Inject
    Event<WorkChanged> notices;

    @Inject
    CommittedChanges changed;

    private volatile boolean running;
    private Thread carrier;

    @PostConstruct
    void start() {
        running = true;
        carrier = threads.newThread(this::carry);
        carrier.setName("switchboard-work-notices");
        carrier.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        carrier.interrupt();
    }

    private void carry() {
        while (running) {
            Set<Long> ids = new LinkedHashSet<>();
            try {
                ids.add(changed.take());
                // A moment for the commits right behind this one: under load one relay notice (a statement on
                // its own connection) then carries many, and nobody watching a screen sees a few milliseconds.
                Thread.sleep(GATHER_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            changed.drainTo(ids);
            try {
                announce(ids);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "live notices of " + ids.size() + " conversation(s) not sent", e);
            }
        }
    }

    private void announce(Set<Long> ids) {
        if (LiveAudience.anyone()) {
            for (long id : ids) {
                try {
                    notices.fire(workspace.notice(id, WorkNotices.SOUNDED));
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "live notice of conversation " + id + " not sent", e);
                }
            }
        }
        relay.publish(ids);
    }
}
