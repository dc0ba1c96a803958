package com.balancerstudio.rules.targets;

import static com.balancerstudio.rules.targets.Groups.add;
import static com.balancerstudio.rules.targets.Groups.behindNlb;
import static com.balancerstudio.rules.targets.Groups.fixed;
import static com.balancerstudio.rules.targets.Groups.group;
import static com.balancerstudio.rules.targets.Groups.id;
import static com.balancerstudio.rules.targets.Groups.loadBalancer;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ELB-TG-017: with client IP preservation on, an NLB's targets must be in its VPC and reached directly. */
class ClientIpPreservationReachRulesTest {
    private static TargetGroup ipGroup(Protocol protocol, Boolean preserve, String address, String zone) {
        return group("db-tg", protocol, 5432).type(TargetType.IP)
                .targets(new TargetRegistration(null, address, zone, null)).build().withPreserveClientIp(preserve);
    }

    private static Design behindTheNlb(TargetGroup group) {
        return behindNlb(group, group.protocol(), 5432);
    }

    private static final String STAY = ": targets must be in the NLB's VPC and reached directly.";

    @Test
    void preservationTowardsATargetOutsideTheVpcIsWarnedAndTheQuickFixTurnsItOff() {
        var design = behindTheNlb(ipGroup(Protocol.TCP, true, "172.16.0.10", "all"));
        assertThat(findings(design, "ELB-TG-017")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo(
                    "Client IP preservation on db-tg breaks connectivity for 172.16.0.10 outside the VPC" + STAY);
            assertThat(f.elementIds()).containsExactly(id("db-tg"), id("app-nlb"));
            assertThat(f.quickFix().label()).isEqualTo("Turn off client IP preservation on 'db-tg'");
            var after = fixed(design, f);
            assertThat(after.get(id("db-tg"), TargetGroup.class).preserveClientIp()).isNull();
            assertThat(findings(after, "ELB-TG-017")).isEmpty();
        });
        // An address outside the VPC's CIDR blocks is outside the VPC whatever zone it names.
        assertThat(findings(behindTheNlb(ipGroup(Protocol.TLS, true, "192.168.1.5", "us-east-1a")), "ELB-TG-017"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("192.168.1.5 outside the VPC"));
    }

    @Test
    void udpKeepsTheClientAddressByDefaultSoItsOutsideTargetsAreWarnedWithoutAFix() {
        var design = behindTheNlb(ipGroup(Protocol.UDP, null, "172.16.0.10", "all"));
        assertThat(findings(design, "ELB-TG-017")).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("Client IP preservation on db-tg breaks connectivity for 172.16.0.10");
            assertThat(f.quickFix()).isNull();
        });
    }

    @Test
    void aTargetThatIsAnotherNlbsNodeIsWarned() {
        var edge = loadBalancer("edge-nlb", LoadBalancerType.NETWORK).withInternal(true)
                .withSubnetMappings(List.of(new SubnetMapping(id("private-a"), null, "10.0.10.20")));
        var design = add(behindTheNlb(ipGroup(Protocol.TCP, true, "10.0.10.20", "us-east-1a")), edge);
        assertThat(findings(design, "ELB-TG-017")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Client IP preservation on db-tg breaks connectivity for 10.0.10.20, "
                    + "a node of Network Load Balancer edge-nlb" + STAY);
            assertThat(f.elementIds()).containsExactly(id("db-tg"), id("app-nlb"), id("edge-nlb"));
        });
    }

    @Test
    void targetsInTheVpcOrWithoutPreservationAreRight() {
        // Near miss: preservation on, but the target is an address of the VPC in one of its zones.
        assertThat(findings(behindTheNlb(ipGroup(Protocol.TCP, true, "10.0.10.5", "us-east-1a")), "ELB-TG-017"))
                .isEmpty();
        assertThat(findings(behindTheNlb(ipGroup(Protocol.UDP, null, "10.0.10.5", "us-east-1a")), "ELB-TG-017"))
                .isEmpty();
        // TCP IP target groups do not preserve the client's address unless told to.
        assertThat(findings(behindTheNlb(ipGroup(Protocol.TCP, null, "172.16.0.10", "all")), "ELB-TG-017")).isEmpty();
        assertThat(findings(behindTheNlb(ipGroup(Protocol.TCP, false, "172.16.0.10", "all")), "ELB-TG-017"))
                .isEmpty();
    }
}
