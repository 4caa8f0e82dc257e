package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Durable deadlines on the real ticker and timers: a deadline fires once, a cancelled one never, a failing one is
 * retried, and one scheduled before a server restart fires after it, once. Test handlers and the probe live in the
 * Arquillian test WAR ({@link DeadlineProbeServlet}).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeadlinesIT {

    private static final String PROBE = TestServer.SERVER + "/switchboard-tests/deadline-probe";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EngineDeployment.withProbes(
                DeadlineProbeRegistration.class, DeadlineProbeServlet.class, RecordingDeadlineHandler.class);
    }

    /** What the probe tells about one subject's deadlines. */
    record Probe(String jvm, List<String> pending, List<String> fired) {
        static Probe of(String kind, long subject) {
            TestServer.Reply reply = TestServer.get(PROBE + "?kind=" + kind + "&subject=" + subject, null);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            List<String> lines = reply.body().lines().toList();
            return new Probe(
                    lines.get(0).substring(4),
                    lines.stream().filter(l -> l.startsWith("pending ")).toList(),
                    lines.stream().filter(l -> l.startsWith("fired ")).toList());
        }
    }

    static long subject() {
        return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }

    static void schedule(String kind, long subject, long dueInMillis) {
        TestServer.Reply reply = TestServer.request(
                "POST",
                PROBE + "?kind=" + kind + "&subject=" + subject + "&dueInMillis=" + dueInMillis,
                null,
                null,
                null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    static Probe awaitFired(String kind, long subject, Duration within) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        Probe probe = Probe.of(kind, subject);
        while (probe.fired().isEmpty() && System.nanoTime() < until) {
            Thread.sleep(200);
            probe = Probe.of(kind, subject);
        }
        return probe;
    }

    @Test
    @Order(1)
    void aDueDeadlineFiresOnceAndIsDeleted() throws InterruptedException {
        long subject = subject();
        schedule("test.recording", subject, 5000);
        assertThat(Probe.of("test.recording", subject).pending()).hasSize(1);

        Probe fired = awaitFired("test.recording", subject, Duration.ofSeconds(30));
        Thread.sleep(1500);
        Probe later = Probe.of("test.recording", subject);
        assertThat(fired.fired()).hasSize(1);
        assertThat(later.fired()).hasSize(1);
        assertThat(later.pending()).isEmpty();
    }

    @Test
    @Order(2)
    void aCancelledDeadlineNeverFires() throws InterruptedException {
        long cancelled = subject();
        long control = subject();
        schedule("test.recording", cancelled, 1000);
        schedule("test.recording", control, 1000);
        TestServer.Reply reply = TestServer.request(
                "POST", PROBE + "?cancel&kind=test.recording&subject=" + cancelled, null, null, null);
        assertThat(reply.body()).startsWith("cancelled 1");

        // The control deadline, due at the same time, shows that the ticker ran meanwhile.
        assertThat(awaitFired("test.recording", control, Duration.ofSeconds(30)).fired())
                .hasSize(1);
        Thread.sleep(1500);
        Probe probe = Probe.of("test.recording", cancelled);
        assertThat(probe.fired()).isEmpty();
        assertThat(probe.pending()).isEmpty();
    }

    @Test
    @Order(3)
    void aFailedRunIsRetriedAfterABackoff() throws InterruptedException {
        long subject = subject();
        schedule("test.failing", subject, 0);
        Probe probe = awaitFired("test.failing", subject, Duration.ofSeconds(30));
        assertThat(probe.fired()).hasSize(1);
        // Recorded by the second attempt; the first one failed and rolled back.
        assertThat(probe.fired().get(0).split(" ")[2]).isEqualTo("2");
        assertThat(probe.pending()).isEmpty();
    }

    @Test
    @Order(4)
    void aDeadlineScheduledBeforeARestartFiresAfterItOnce() throws Exception {
        long subject = subject();
        String jvmBefore = Probe.of("test.recording", subject).jvm();
        Instant due = Instant.now().plusSeconds(30);
        schedule("test.recording", subject, 30_000);

        asadmin("stop-domain");
        assertThat(Instant.now())
                .as("the server stopped before the deadline was due")
                .isBefore(due);
        asadmin("start-domain");
        awaitProbe(Duration.ofMinutes(4));

        Probe probe = awaitFired("test.recording", subject, Duration.ofSeconds(90));
        Thread.sleep(1500);
        probe = Probe.of("test.recording", subject);
        assertThat(probe.jvm()).isNotEqualTo(jvmBefore);
        assertThat(probe.fired()).hasSize(1);
        assertThat(probe.fired().get(0).split(" ")[1]).isEqualTo(probe.jvm());
        assertThat(probe.pending()).isEmpty();
    }

    private static void asadmin(String command) throws IOException, InterruptedException {
        Path asadmin = Path.of(System.getProperty("payara.home"), "bin", "asadmin");
        Process process = new ProcessBuilder(
                        asadmin.toString(),
                        command,
                        "--domaindir",
                        System.getProperty("payara.domain.dir"),
                        "switchboard-it")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES))
                .as(command + " finished")
                .isTrue();
        assertThat(process.exitValue()).as(command + " exit code").isZero();
    }

    private static void awaitProbe(Duration within) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < until) {
            try {
                if (TestServer.get(PROBE + "?kind=none&subject=0", null).status() == 200
                        && TestServer.get(TestServer.SERVER + "/health/ready", null)
                                        .status()
                                == 200) {
                    return;
                }
            } catch (RuntimeException e) {
                // Not listening yet.
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the server did not come back within " + within);
    }
}
