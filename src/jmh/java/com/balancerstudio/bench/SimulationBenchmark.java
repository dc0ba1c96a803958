package com.balancerstudio.bench;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.Stickiness;
import com.balancerstudio.model.StickinessType;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.scenario.Scenario;
import com.balancerstudio.model.scenario.TrafficProfile;
import com.balancerstudio.model.scenario.TrafficSource;
import com.balancerstudio.sim.Simulation;
import com.balancerstudio.testing.DesignBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Simulated requests per second of wall time on one core: an ALB in 3 zones with 20 targets, health checks every
 * 10 s and load-balancer-cookie stickiness, 5,000 clients sending 10,000 requests per second for 20 simulated seconds
 * (200,000 requests per run), metrics recorded, request events not kept (as the command line runs it). The score is
 * in requests per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SimulationBenchmark {
    static final int REQUESTS = 200_000;

    private Design design;
    private Scenario scenario;
    private long seed;

    @Setup
    public void setUp() {
        design = twentyTargetsInThreeZones();
        scenario = Scenario.of("bench", 20, List.of(TrafficSource.to(ElementId.of("lb"), 5_000,
                new TrafficProfile.Constant(REQUESTS / 20.0))));
    }

    static Design twentyTargetsInThreeZones() {
        var b = new DesignBuilder("bench");
        var region = b.region("us-east-1");
        var vpc = b.vpc(region, "vpc", "10.0.0.0/16");
        var subnets = new ArrayList<Subnet>();
        for (char zone = 'a'; zone <= 'c'; zone++) {
            subnets.add(b.subnet(b.zone(vpc, "us-east-1" + zone), "subnet-" + zone, "10.0." + (zone - 'a') + ".0/24"));
        }
        var instances = new ArrayList<Instance>();
        for (int i = 0; i < 20; i++) {
            instances.add(b.instance(subnets.get(i % 3), "web-" + i));
        }
        var group = b.targetGroup(vpc, "tg", Protocol.HTTP, 80, instances.toArray(new Instance[0]));
        var sticky = group
                .withHealthCheck(new HealthCheck(true, Protocol.HTTP, "traffic-port", "/health", 10, 5, 3, 2, "200"))
                .withStickiness(new Stickiness(true, StickinessType.LB_COOKIE, 3600, null));
        var lb = b.loadBalancer(vpc, "lb", LoadBalancerType.APPLICATION, false, subnets.toArray(new Subnet[0]));
        b.listener(lb, "http", Protocol.HTTP, 80, null, DesignBuilder.forward(group));
        return b.build().withReplaced(sticky);
    }

    @Benchmark
    @OperationsPerInvocation(REQUESTS)
    public Object simulateTwentySeconds() {
        var simulation = Simulation.create(design, scenario, seed++, Simulation.Options.METRICS_ONLY);
        simulation.runToEnd();
        return simulation.metrics();
    }
}
