package com.balancerstudio.sim;

import static com.balancerstudio.sim.SimDesigns.clientsOfRequests;
import static com.balancerstudio.sim.SimDesigns.constant;
import static com.balancerstudio.sim.SimDesigns.eventsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.ClassicStickinessPolicy;
import com.balancerstudio.model.ClassicStickinessType;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.testing.DesignBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A Classic Load Balancer listener's sticky sessions keep a client on its instance, on HTTP listeners only. */
class ClassicStickinessTest {
    private static final ClassicStickinessPolicy ONE_HOUR =
            new ClassicStickinessPolicy(ClassicStickinessType.LB_COOKIE, 3600, null);

    /** A cross-zone Classic Load Balancer "lb" of a1, a2, b1 and b2 with one listener on port 80. */
    private static Design classic(Protocol protocol, ClassicStickinessPolicy policy) {
        var b = new DesignBuilder("classic sim test");
        var region = b.region("us-east-1");
        var vpc = b.vpc(region, "vpc", "10.0.0.0/16");
        var subnetA = b.subnet(b.zone(vpc, "us-east-1a"), "subnet-a", "10.0.0.0/24");
        var subnetB = b.subnet(b.zone(vpc, "us-east-1b"), "subnet-b", "10.0.1.0/24");
        var instances = new ArrayList<Instance>();
        for (var name : List.of("a1", "a2")) {
            instances.add(b.instance(subnetA, name));
        }
        for (var name : List.of("b1", "b2")) {
            instances.add(b.instance(subnetB, name));
        }
        var lb = b.loadBalancer(vpc, "lb", LoadBalancerType.CLASSIC, false, subnetA, subnetB)
                .withInstances(instances.stream().map(Instance::id).toList()).withCrossZoneLoadBalancing(true);
        b.add(new Listener(DesignBuilder.id("listener"), "listener", lb.id(), null, protocol, 80, null, List.of(),
                null, null, protocol, 80, false, null, null, policy));
        return b.build().withReplaced(lb);
    }

    @Test
    void aStickyHttpListenerKeepsEachClientOnOneInstance() {
        var events = Simulation.create(classic(Protocol.HTTP, ONE_HOUR), constant(20, 10, 60), 4).runToEnd();

        var clients = clientsOfRequests(events).values().stream().distinct().toList();
        assertThat(clients).hasSize(10);
        assertThat(clients).allSatisfy(client -> assertThat(targetsOf(client, events)).hasSize(1));
    }

    @Test
    void withoutAPolicyOrOnATcpListenerTheSameClientVisitsEveryInstance() {
        var plain = Simulation.create(classic(Protocol.HTTP, null), constant(20, 10, 60), 4).runToEnd();
        assertThat(targetsOf("clients1-1", plain)).hasSize(4);
        // AWS takes stickiness on HTTP and HTTPS listeners only: on TCP the policy changes nothing.
        var tcp = Simulation.create(classic(Protocol.TCP, ONE_HOUR), constant(20, 10, 60), 4).runToEnd();
        assertThat(targetsOf("clients1-1", tcp)).hasSize(4);
    }

    private static Set<String> targetsOf(String client, List<SimEvent> events) {
        var clientOf = clientsOfRequests(events);
        return eventsOf(events, SimEvent.RequestForwarded.class).stream()
                .filter(f -> client.equals(clientOf.get(f.requestId())))
                .map(SimEvent.RequestForwarded::targetId).collect(Collectors.toSet());
    }
}
