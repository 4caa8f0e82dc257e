package io.switchboard.benchmarks;

import io.switchboard.agents.logic.AgentLoad;
import io.switchboard.assignment.logic.WeightSumMethod;
import io.switchboard.assignment.logic.WeightSumMethod.Candidate;
import io.switchboard.channels.ChannelGroup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Choosing an agent among thousands of available agents: their loads (capacity check, Weight Sum workload), then
 * the winner (one pass) or the full ranking a decision records. Sample time gives the median.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChooseAgentBenchmark {

    @Param("5000")
    int agents;

    private List<AgentLoad> loads;
    private List<Long> unserved;
    private List<Candidate> candidates;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        loads = new ArrayList<>(agents);
        unserved = new ArrayList<>(agents);
        for (int i = 0; i < agents; i++) {
            loads.add(AgentLoad.of(Map.of(ChannelGroup.LIVE_MESSAGING, random.nextInt(5),
                            ChannelGroup.LIVE_CHAT, random.nextInt(5), ChannelGroup.EMAIL, random.nextInt(3)),
                    Map.of(ChannelGroup.LIVE_MESSAGING, 5, ChannelGroup.LIVE_CHAT, 5, ChannelGroup.EMAIL, 10)));
            unserved.add((long) random.nextInt(3600));
        }
        candidates = candidates();
    }

    private List<Candidate> candidates() {
        List<Candidate> eligible = new ArrayList<>(agents);
        for (int i = 0; i < agents; i++) {
            AgentLoad load = loads.get(i);
            if (load.canTakeNew(ChannelGroup.LIVE_MESSAGING)) {
                eligible.add(new Candidate(i, load.scoringWorkload(), unserved.get(i)));
            }
        }
        return eligible;
    }

    /** From loads to the winner: what one assignment decision computes. */
    @Benchmark
    public WeightSumMethod.Scored chooseFromLoads() {
        return WeightSumMethod.best(candidates()).orElseThrow();
    }

    /** The winner among ready candidates, one pass. */
    @Benchmark
    public WeightSumMethod.Scored best() {
        return WeightSumMethod.best(candidates).orElseThrow();
    }

    /** Every candidate scored and sorted, as a decision's record needs. */
    @Benchmark
    public List<WeightSumMethod.Scored> rank() {
        return WeightSumMethod.rank(candidates);
    }
}
