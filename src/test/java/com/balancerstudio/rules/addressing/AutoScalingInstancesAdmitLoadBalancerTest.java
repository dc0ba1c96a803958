package com.balancerstudio.rules.addressing;

import static com.balancerstudio.rules.addressing.Tweaks.add;
import static com.balancerstudio.rules.addressing.Tweaks.change;
import static com.balancerstudio.rules.addressing.Tweaks.get;
import static com.balancerstudio.rules.addressing.Tweaks.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AsgHealthCheckType;
import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.SecurityGroupRule;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ELB-ASG-005: the security groups of an Auto Scaling group's instances must let its load balancer in. */
class AutoScalingInstancesAdmitLoadBalancerTest {
    private final Design clean = Fixtures.webTier();

    /** The web tier with an Auto Scaling group "app-asg" in web-tg whose instances get app-sg admitting {@code rules}. */
    private Design withGroup(SecurityGroupRule... rules) {
        var appGroup = new SecurityGroup(id("app-sg"), "app-sg", id("vpc"), new Rect(0, 0, 60, 60), "app servers",
                List.of(rules), List.of());
        var asg = Tweaks.autoScaling("app-asg", "vpc", 2, List.of("private-a", "private-b"), List.of("web-tg"),
                AsgHealthCheckType.ELB).withSecurityGroups(List.of(id("app-sg")));
        return add(clean, appGroup, asg);
    }

    private static SecurityGroupRule fromAlb(int port) {
        return new SecurityGroupRule("tcp", port, port, null, id("alb-sg"), "from the load balancer");
    }

    @Test
    void instancesClosedToTheLoadBalancerAreReportedAndTheFixOpensThePort() {
        var design = withGroup(fromAlb(8080));

        var found = findings(design, "ELB-ASG-005");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Instances of app-asg will fail health checks: their security groups do "
                    + "not allow web-alb on port 80.");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementIds()).containsExactly(id("app-asg"), id("app-sg"), id("web-alb"));
            assertThat(f.quickFix().label()).isEqualTo("Allow TCP 80 in from security group 'alb-sg' in 'app-sg'");
        });
        assertThat(findings(found.get(0).quickFix().apply(design), "ELB-ASG-005")).isEmpty();
    }

    @Test
    void aGroupWithoutSecurityGroupsGetsTheVpcDefaultWhichAdmitsNoLoadBalancer() {
        var design = withGroup(fromAlb(80));
        var asg = get(design, "app-asg", AutoScalingGroup.class);

        var found = findings(change(design, asg.withSecurityGroups(List.of())), "ELB-ASG-005");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.elementIds()).containsExactly(id("app-asg"), id("web-alb"));
            assertThat(f.quickFix()).isNull();
        });
    }

    @Test
    void aSeparateHealthCheckPortMustBeOpenToo() {
        var design = withGroup(fromAlb(80));
        var group = get(design, "web-tg", TargetGroup.class);
        var checked = change(design, group.withHealthCheck(new HealthCheck(null, null, "8081", null, null, null, null,
                null, null)));

        assertThat(findings(checked, "ELB-ASG-005")).singleElement()
                .satisfies(f -> assertThat(f.message()).endsWith("on port 8081."));
    }

    @Test
    void instancesOpenToTheLoadBalancersGroupOrToItsSubnetsAreQuiet() {
        var fromSubnets = new SecurityGroupRule("tcp", 80, 80, Cidr.parse("10.0.0.0/23"), null, "public subnets");
        var onlyOneSubnet = new SecurityGroupRule("tcp", 80, 80, Cidr.parse("10.0.0.0/24"), null, "public-a only");

        assertThat(findings(withGroup(fromAlb(80)), "ELB-ASG-005")).isEmpty();
        assertThat(findings(withGroup(fromSubnets), "ELB-ASG-005")).isEmpty();
        assertThat(findings(withGroup(onlyOneSubnet), "ELB-ASG-005")).hasSize(1);
    }

    /** The design with web-alb turned into a Gateway Load Balancer, which has no security groups. */
    private static Design asGateway(Design design) {
        var lb = get(design, "web-alb", LoadBalancer.class);
        return change(design, new LoadBalancer(lb.id(), lb.name(), lb.parent(), lb.bounds(), LoadBalancerType.GATEWAY,
                lb.internal(), lb.subnetMappings(), List.of(), lb.ipAddressType(), lb.idleTimeout(),
                lb.enableDeletionProtection(), lb.accessLogs(), lb.webAclId(), lb.enableHttp2(),
                lb.enableCrossZoneLoadBalancing(), lb.instanceIds(), lb.healthCheck(), lb.connectionDrainingTimeout(),
                lb.dropInvalidHeaderFields(), lb.desyncMitigationMode(), lb.clientKeepAlive(),
                lb.enableWafFailOpen(), null));
    }

    @Test
    void appliancesBehindAGatewayLoadBalancerMustAcceptGeneveFromItsSubnets() {
        var geneve = new SecurityGroupRule("udp", 6081, 6081, Cidr.parse("10.0.0.0/23"), null, "GENEVE");

        assertThat(findings(asGateway(withGroup(fromAlb(80))), "ELB-ASG-005")).singleElement().satisfies(f -> {
            assertThat(f.message()).endsWith("do not allow web-alb on port 6081.");
            assertThat(f.quickFix()).isNull();
        });
        assertThat(findings(asGateway(withGroup(geneve)), "ELB-ASG-005")).isEmpty();
    }
}
