package io.switchboard.assignment;

import io.switchboard.assignment.logic.CoalescedRuns;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * This instance's guard over queue-level bulk runs: one run per queue at a time, requests during it coalesced into
 * one more pass. Other instances may run the same queue meanwhile; the database's row locks keep them apart.
 */
@ApplicationScoped
public class QueueBulkRuns {

    private final CoalescedRuns<Long> runs = new CoalescedRuns<>();

    public boolean run(long queueId, Runnable work) {
        return runs.run(queueId, work);
    }
}
