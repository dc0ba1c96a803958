package com.balancerstudio.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.RuleCondition;
import com.balancerstudio.model.WeightedTargetGroup;
import com.balancerstudio.model.scenario.RequestShape;
import com.balancerstudio.model.scenario.Scenario;
import com.balancerstudio.model.scenario.TrafficProfile;
import com.balancerstudio.model.scenario.TrafficSource;
import com.balancerstudio.sim.metrics.Dimension;
import com.balancerstudio.sim.metrics.MetricName;
import com.balancerstudio.testing.DesignBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Listener rules choose the target group by host and path, in priority order; weighted forwards split by weight. */
class ListenerRoutingTest {
    @Test
    void wildcardsMatchAnyRunOrOneCharacter() {
        assertThat(ListenerRouting.wildcard("/api/*", "/api/orders/1")).isTrue();
        assertThat(ListenerRouting.wildcard("/api/*", "/apix")).isFalse();
        assertThat(ListenerRouting.wildcard("/img/?.png", "/img/a.png")).isTrue();
        assertThat(ListenerRouting.wildcard("/img/?.png", "/img/ab.png")).isFalse();
        assertThat(ListenerRouting.wildcard("*.example.com", "api.example.com")).isTrue();
        assertThat(ListenerRouting.wildcard("/Orders", "/orders")).as("paths are case-sensitive").isFalse();
    }

    @Test
    void rulesSendEachRequestToItsGroupAndWeightsSplitTheRest() {
        var b = new DesignBuilder("rules");
        var region = b.region("us-east-1");
        var vpc = b.vpc(region, "vpc", "10.0.0.0/16");
        var subnetA = b.subnet(b.zone(vpc, "us-east-1a"), "subnet-a", "10.0.0.0/24");
        var subnetB = b.subnet(b.zone(vpc, "us-east-1b"), "subnet-b", "10.0.1.0/24");
        Instance blue = b.instance(subnetA, "blue");
        Instance green = b.instance(subnetB, "green");
        Instance api = b.instance(subnetA, "api");
        var blueGroup = b.targetGroup(vpc, "blue-tg", Protocol.HTTP, 80, blue);
        var greenGroup = b.targetGroup(vpc, "green-tg", Protocol.HTTP, 80, green);
        var apiGroup = b.targetGroup(vpc, "api-tg", Protocol.HTTP, 80, api);
        var lb = b.loadBalancer(vpc, "lb", LoadBalancerType.APPLICATION, false, subnetA, subnetB);
        var weighted = new Action.Forward(List.of(new WeightedTargetGroup(blueGroup.id(), 3),
                new WeightedTargetGroup(greenGroup.id(), 1)), null, null);
        var listener = b.listener(lb, "http", Protocol.HTTP, 80, null, weighted);
        b.rule(listener, "api-rule", 10, DesignBuilder.forward(apiGroup), RuleCondition.of(ConditionField.HOST_HEADER, "API.example.com"),
                RuleCondition.of(ConditionField.PATH_PATTERN, "/v1/*"));
        b.rule(listener, "gone-rule", 20, new Action.FixedResponse("text/plain", "gone", "410", null),
                RuleCondition.of(ConditionField.PATH_PATTERN, "/old*"));
        Design design = b.build();
        var traffic = TrafficSource.to(ElementId.of("lb"), 100, new TrafficProfile.Poisson(400)).withRequests(List.of(
                new RequestShape("api.example.com", "/v1/things", 1),
                new RequestShape("www.example.com", "/v1/things", 1),
                new RequestShape("www.example.com", "/old/page", 1),
                new RequestShape("www.example.com", "/", 1)));
        var sim = Simulation.create(design, Scenario.of("rules", 60, List.of(traffic)), 3);
        sim.runToEnd();
        var metrics = sim.metrics();
        double total = metrics.total(MetricName.RequestCount, Dimension.loadBalancer("lb"));
        double toApi = metrics.total(MetricName.RequestCount, Dimension.targetGroup("api-tg"));
        double toBlue = metrics.total(MetricName.RequestCount, Dimension.targetGroup("blue-tg"));
        double toGreen = metrics.total(MetricName.RequestCount, Dimension.targetGroup("green-tg"));
        double gone = metrics.total(MetricName.HTTPCode_ELB_4XX_Count, Dimension.loadBalancer("lb"));

        // A quarter matches the API rule (host case-insensitive, path and host both needed), a quarter the fixed 410,
        // and the other half is split 3:1 between blue and green.
        assertThat(toApi / total).isBetween(0.23, 0.27);
        assertThat(gone / total).isBetween(0.23, 0.27);
        assertThat(toBlue / (toBlue + toGreen)).isBetween(0.71, 0.79);
        assertThat(toApi + toBlue + toGreen + gone).isEqualTo(total);
    }
}
