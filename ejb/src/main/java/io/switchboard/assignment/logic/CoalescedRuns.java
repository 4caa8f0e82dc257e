package io.switchboard.assignment.logic;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run at a time per key (a queue's bulk run), with requests coalesced: a request while the key's run is going
 * asks for one more pass after it, however many such requests come, instead of a run of its own. Many agents freed
 * together thus cost one run, and whatever the last of them freed is still seen by a pass that starts after it.
 */
public final class CoalescedRuns<K> {

    private static final int IDLE = 0;
    private static final int RUNNING = 1;
    private static final int AGAIN = 2;

    private final ConcurrentHashMap<K, AtomicInteger> states = new ConcurrentHashMap<>();

    /**
     * Runs the work for the key on the caller's thread, again as long as requests came meanwhile; returns at once
     * (false) when another thread is running it, which then passes once more.
     */
    public boolean run(K key, Runnable work) {
        AtomicInteger state = states.computeIfAbsent(key, k -> new AtomicInteger(IDLE));
        while (true) {
            int now = state.get();
            if (now == IDLE && state.compareAndSet(IDLE, RUNNING)) {
                break;
            }
            if (now == AGAIN || (now == RUNNING && state.compareAndSet(RUNNING, AGAIN))) {
                return false;
            }
        }
        boolean again = true;
        try {
            while (again) {
                work.run();
                again = passAgain(state);
            }
        } catch (RuntimeException | Error failure) {
            state.set(IDLE);
            throw failure;
        }
        return true;
    }

    // After a pass: another one if a request came during it, else idle.
    private static boolean passAgain(AtomicInteger state) {
        while (true) {
            if (state.compareAndSet(AGAIN, RUNNING)) {
                return true;
            }
            if (state.compareAndSet(RUNNING, IDLE)) {
                return false;
            }
        }
    }
}
