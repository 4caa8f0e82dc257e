package io.switchboard.dashboard.logic;

import java.util.Collection;

/**
 * A queue's occupancy: the mean workload of its agents who can work now (any group but Unavailable), so that agents
 * signed out do not make a busy queue look idle; 0 when nobody can work.
 */
public final class QueueOccupancy {

    private QueueOccupancy() {}

    /** Workloads in percent (0..100 and above when over capacity), of the agents who can work now. */
    public static double percent(Collection<Double> workloads) {
        if (workloads.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (double workload : workloads) {
            sum += workload;
        }
        return Math.round(sum / workloads.size() * 10) / 10.0;
    }
}
