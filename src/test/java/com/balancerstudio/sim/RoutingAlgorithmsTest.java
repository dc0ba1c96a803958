package com.balancerstudio.sim;

import static com.balancerstudio.sim.SimDesigns.algorithm;
import static com.balancerstudio.sim.SimDesigns.clientsOfRequests;
import static com.balancerstudio.sim.SimDesigns.constant;
import static com.balancerstudio.sim.SimDesigns.crossZone;
import static com.balancerstudio.sim.SimDesigns.forwardsByTarget;
import static com.balancerstudio.sim.SimDesigns.stickiness;
import static com.balancerstudio.sim.SimDesigns.twoZones;
import static com.balancerstudio.sim.SimDesigns.unchanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.LoadBalancingAlgorithm;
import com.balancerstudio.model.Stickiness;
import com.balancerstudio.model.StickinessType;
import com.balancerstudio.model.scenario.TargetSettings;
import com.balancerstudio.sim.metrics.Dimension;
import com.balancerstudio.sim.metrics.MetricName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where requests go, against shares worked out by hand. */
class RoutingAlgorithmsTest {

    private static double share(Map<String, Long> counts, String target) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return (double) counts.getOrDefault(target, 0L) / total;
    }

    @Test
    void roundRobinGivesEveryHealthyTargetAnEqualShare() {
        // 4 targets, cross-zone on (ALB): each node takes turns over all 4, so each gets 1/4 of 6,000 requests.
        var design = twoZones(LoadBalancerType.APPLICATION, 2, 2, unchanged());
        var sim = Simulation.create(design, constant(100, 50, 60), 7);
        var counts = forwardsByTarget(sim.runToEnd());

        assertThat(counts.keySet()).containsExactlyInAnyOrder("a1", "a2", "b1", "b2");
        counts.values().forEach(count -> assertThat(count).isBetween(1495L, 1505L));
        var metrics = sim.metrics();
        assertThat(metrics.total(MetricName.RequestCountPerTarget, Dimension.target("a1")))
                .isEqualTo(counts.get("a1").doubleValue());
    }

    @Test
    void crossZoneOffWithTwoAndEightTargetsGivesTwentyFiveAndSixPointTwoFivePercent() {
        // DNS sends half the clients to each zone's node; without cross-zone load balancing zone a's half is shared by
        // 2 targets (25% each) and zone b's by 8 (6.25% each).
        var design = twoZones(LoadBalancerType.APPLICATION, 2, 8, crossZone(CrossZoneSetting.OFF));
        var counts = forwardsByTarget(Simulation.create(design, constant(200, 100, 60), 3).runToEnd());

        assertThat(share(counts, "a1")).isCloseTo(0.25, within(0.003));
        assertThat(share(counts, "a2")).isCloseTo(0.25, within(0.003));
        for (int i = 1; i <= 8; i++) {
            assertThat(share(counts, "b" + i)).as("b" + i).isCloseTo(0.0625, within(0.003));
        }
    }

    @Test
    void networkLoadBalancerKeepsCrossZoneOffByDefault() {
        var design = twoZones(LoadBalancerType.NETWORK, 2, 8, unchanged());
        var scenario = constant(400, 2000, 60);
        var counts = forwardsByTarget(Simulation.create(design, scenario, 5).runToEnd());

        // Flow hashing spreads connections only roughly evenly, hence the wider margin.
        assertThat(share(counts, "a1") + share(counts, "a2")).isCloseTo(0.5, within(0.02));
        assertThat(share(counts, "a1")).isCloseTo(0.25, within(0.03));
        assertThat(share(counts, "b3")).isCloseTo(0.0625, within(0.02));
    }

    @Test
    void crossZoneOnSpreadsTwoAndEightTargetsEvenly() {
        var design = twoZones(LoadBalancerType.APPLICATION, 2, 8, unchanged());
        var counts = forwardsByTarget(Simulation.create(design, constant(200, 100, 60), 3).runToEnd());
        counts.keySet().forEach(target -> assertThat(share(counts, target)).as(target).isCloseTo(0.1, within(0.003)));
    }

    @Test
    void leastOutstandingRequestsSendsLessToASlowTarget() {
        var slowB1 = TargetSettings.of(ElementId.of("b1"), 100, 250.0);
        var fast = TargetSettings.all(100, 50.0);
        var scenario = SimDesigns.withTargets(constant(400, 200, 60), fast, slowB1);

        var lor = twoZones(LoadBalancerType.APPLICATION, 1, 1, algorithm(LoadBalancingAlgorithm.LEAST_OUTSTANDING_REQUESTS));
        var lorCounts = forwardsByTarget(Simulation.create(lor, scenario, 11).runToEnd());
        var roundRobin = twoZones(LoadBalancerType.APPLICATION, 1, 1, unchanged());
        var rrCounts = forwardsByTarget(Simulation.create(roundRobin, scenario, 11).runToEnd());

        // Round robin ignores speed: half each. With five times the service time the slow target holds about five
        // times as many requests at once, so least outstanding requests sends it clearly less than half.
        assertThat(share(rrCounts, "b1")).isCloseTo(0.5, within(0.003));
        assertThat(share(lorCounts, "b1")).isLessThan(0.3);
    }

    @Test
    void sourceIpStickinessOfANetworkLoadBalancerKeepsEachClientOnOneTarget() {
        var design = twoZones(LoadBalancerType.NETWORK, 2, 2,
                both(crossZone(CrossZoneSetting.ON), stickiness(new Stickiness(true, StickinessType.SOURCE_IP, null, null))));
        var scenario = constant(200, 40, 60);
        var events = Simulation.create(design, scenario, 2).runToEnd();

        var targetsOfClient = targetsByClient(events);
        assertThat(targetsOfClient).hasSize(40);
        targetsOfClient.forEach((client, targets) -> assertThat(targets).as(client).hasSize(1));
        var used = new HashSet<String>();
        targetsOfClient.values().forEach(used::addAll);
        assertThat(used).as("different clients hash to different targets").hasSizeGreaterThan(1);
    }

    @Test
    void flowHashKeepsAConnectionOnOneTargetButNotAClient() {
        // Ten requests per connection: each run of ten requests of a client goes to one target; new connections
        // (new source ports) hash anew.
        var design = twoZones(LoadBalancerType.NETWORK, 2, 2, crossZone(CrossZoneSetting.ON));
        var scenario = constant(200, 20, 60);
        var events = Simulation.create(design, scenario, 2).runToEnd();
        var clientOf = clientsOfRequests(events);
        var sequence = new HashMap<String, List<String>>();
        for (var forwarded : SimDesigns.eventsOf(events, SimEvent.RequestForwarded.class)) {
            sequence.computeIfAbsent(clientOf.get(forwarded.requestId()), c -> new ArrayList<>()).add(forwarded.targetId());
        }
        int clientsOnSeveralTargets = 0;
        for (var targets : sequence.values()) {
            for (int start = 0; start + 10 <= targets.size(); start += 10) {
                assertThat(Set.copyOf(targets.subList(start, start + 10))).hasSize(1);
            }
            if (Set.copyOf(targets).size() > 1) {
                clientsOnSeveralTargets++;
            }
        }
        assertThat(clientsOnSeveralTargets).isGreaterThan(10);
    }

    @Test
    void weightedRandomSpreadsRoughlyEvenly() {
        var design = twoZones(LoadBalancerType.APPLICATION, 2, 2, algorithm(LoadBalancingAlgorithm.WEIGHTED_RANDOM));
        var counts = forwardsByTarget(Simulation.create(design, constant(200, 50, 60), 9).runToEnd());
        counts.keySet().forEach(target -> assertThat(share(counts, target)).isCloseTo(0.25, within(0.02)));
    }

    static Map<String, Set<String>> targetsByClient(List<SimEvent> events) {
        var clientOf = clientsOfRequests(events);
        var targets = new HashMap<String, Set<String>>();
        for (var forwarded : SimDesigns.eventsOf(events, SimEvent.RequestForwarded.class)) {
            targets.computeIfAbsent(clientOf.get(forwarded.requestId()), c -> new HashSet<>()).add(forwarded.targetId());
        }
        return targets;
    }

    private static java.util.function.UnaryOperator<com.balancerstudio.model.TargetGroup> both(
            java.util.function.UnaryOperator<com.balancerstudio.model.TargetGroup> a,
            java.util.function.UnaryOperator<com.balancerstudio.model.TargetGroup> b) {
        return SimDesigns.both(a, b);
    }
}
