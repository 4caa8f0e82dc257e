package io.switchboard.assignment.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CoalescedRunsTest {

    private final CoalescedRuns<Long> runs = new CoalescedRuns<>();

    @Test
    void aRequestAloneRunsOnce() {
        AtomicInteger passes = new AtomicInteger();
        assertThat(runs.run(1L, passes::incrementAndGet)).isTrue();
        assertThat(passes).hasValue(1);
    }

    @Test
    void requestsDuringARunCostOneMorePassNotOneEach() {
        AtomicInteger passes = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        runs.run(1L, () -> {
            if (passes.incrementAndGet() == 1) {
                for (int i = 0; i < 5; i++) {
                    if (!runs.run(1L, passes::incrementAndGet)) {
                        refused.incrementAndGet();
                    }
                }
            }
        });
        assertThat(refused).hasValue(5);
        assertThat(passes).hasValue(2);
    }

    @Test
    void otherKeysRunBeside() {
        AtomicInteger other = new AtomicInteger();
        runs.run(1L, () -> assertThat(runs.run(2L, other::incrementAndGet)).isTrue());
        assertThat(other).hasValue(1);
    }

    @Test
    void aFailedPassFreesTheKey() {
        assertThatThrownBy(() -> runs.run(1L, () -> {
                    throw new IllegalStateException("database gone");
                }))
                .isInstanceOf(IllegalStateException.class);
        AtomicInteger passes = new AtomicInteger();
        assertThat(runs.run(1L, passes::incrementAndGet)).isTrue();
        assertThat(passes).hasValue(1);
    }

    @Test
    void neverTwoPassesAtOnceAndTheLastRequestIsSeen() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlap = new AtomicInteger();
        AtomicInteger requested = new AtomicInteger();
        AtomicInteger seen = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 2000; i++) {
            pool.submit(() -> {
                start.await();
                requested.incrementAndGet();
                runs.run(1L, () -> {
                    if (inside.incrementAndGet() > 1) {
                        overlap.incrementAndGet();
                    }
                    seen.set(requested.get());
                    inside.decrementAndGet();
                });
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(overlap).hasValue(0);
        assertThat(seen).hasValue(2000);
    }
}
