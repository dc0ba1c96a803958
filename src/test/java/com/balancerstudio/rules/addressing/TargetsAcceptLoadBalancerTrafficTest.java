package com.balancerstudio.rules.addressing;

import static com.balancerstudio.rules.addressing.Tweaks.add;
import static com.balancerstudio.rules.addressing.Tweaks.change;
import static com.balancerstudio.rules.addressing.Tweaks.get;
import static com.balancerstudio.rules.addressing.Tweaks.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.SecurityGroupRule;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsAcceptLoadBalancerTrafficTest {
    private final Design clean = Fixtures.webTier();

    /** The web tier with an ALB security group and a web security group admitting what {@code ingress} says. */
    private Design secured(SecurityGroupRule ingress) {
        var albGroup = new SecurityGroup(id("lb-sg"), "lb-sg", id("vpc"), new Rect(0, 0, 60, 60), "load balancer",
                List.of(new SecurityGroupRule("tcp", 443, 443, Cidr.parse("0.0.0.0/0"), null, null)), List.of());
        var webGroup = new SecurityGroup(id("web-sg"), "web-sg", id("vpc"), new Rect(0, 0, 60, 60), "web servers",
                List.of(ingress), List.of());
        var design = change(add(clean, albGroup, webGroup),
                Tweaks.withSecurityGroups(get(clean, "web-alb", LoadBalancer.class), "lb-sg"));
        for (var name : List.of("web-a", "web-b")) {
            var web = get(design, name, Instance.class);
            design = change(design, new Instance(web.id(), web.name(), web.parent(), web.bounds(), web.instanceType(),
                    web.associatePublicIpAddress(), List.of(id("web-sg")), web.elasticIpId(), web.instanceState()));
        }
        return design;
    }

    private static SecurityGroupRule fromAlbGroup(int from, int to) {
        return new SecurityGroupRule("tcp", from, to, null, id("lb-sg"), "from the load balancer");
    }

    @Test
    void targetsClosedToTheLoadBalancerOnTheTrafficPortAreReported() {
        var found = findings(secured(fromAlbGroup(8080, 8080)), "ELB-TGT-011");

        assertThat(found).hasSize(2).first().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Target web-a does not accept traffic/health checks from web-alb on port"
                    + " 80; it will be marked unhealthy.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementIds()).containsExactly(id("web-a"), id("web-alb"));
        });
    }

    @Test
    void aSeparateHealthCheckPortMustBeOpenToo() {
        var design = secured(fromAlbGroup(80, 80));
        var group = get(design, "web-tg", TargetGroup.class);
        design = change(design, group.withHealthCheck(new HealthCheck(null, null, "8081", null, null, null, null, null,
                null)));

        assertThat(findings(design, "ELB-TGT-011")).hasSize(2)
                .allSatisfy(f -> assertThat(f.message()).contains("on port 8081"));
    }

    @Test
    void targetsOpenToTheLoadBalancerGroupOrItsSubnetsAreQuiet() {
        assertThat(findings(secured(fromAlbGroup(80, 80)), "ELB-TGT-011")).isEmpty();
        assertThat(findings(secured(new SecurityGroupRule("tcp", 80, 80, Cidr.parse("10.0.0.0/16"), null, "vpc")),
                "ELB-TGT-011")).isEmpty();
        assertThat(findings(clean, "ELB-TGT-011")).as("instances without security groups are not judged").isEmpty();
    }
}
