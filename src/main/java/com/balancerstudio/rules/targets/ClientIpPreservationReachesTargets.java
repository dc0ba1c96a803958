package com.balancerstudio.rules.targets;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Client IP preservation on a Network Load Balancer target group whose targets cannot be reached that way
 * (ELB-TG-017; https://docs.aws.amazon.com/elasticloadbalancing/latest/network/edit-target-group-attributes.html#client-ip-preservation):
 * the target answers the client's address directly, so its replies do not come back through the load balancer.
 * Preservation is effectively on when set, and by default for instance target groups and for IP target groups of
 * UDP, TCP_UDP, QUIC and TCP_QUIC (where it cannot be turned off); IP target groups of TCP and TLS have it off.
 *
 * <p>What the design can express, and so what is checked: IP targets outside the load balancer's VPC, that is
 * registered in zone "all" (a peered VPC or an on-premises network) or with an address outside every CIDR block of the
 * VPC; and IP targets that are another Network Load Balancer's node, known by the fixed private address of one of its
 * subnet mappings. What it cannot: a Gateway Load Balancer endpoint on the path (the design has no such endpoints nor
 * routes through them), PrivateLink interface endpoints as targets (no VPC endpoints in the design), and the node of
 * another load balancer whose address AWS assigns (the design does not know it). Instance and alb targets always sit
 * in the load balancer's VPC in AWS (other rules check that), so only IP targets are looked at.
 *
 * <p>The quick fix, for TCP and TLS IP target groups that switched preservation on, takes the setting away (AWS's
 * default there is off); for the other protocols preservation cannot be switched off and the targets must move.
 */
public final class ClientIpPreservationReachesTargets extends CatalogRule {
    public ClientIpPreservationReachesTargets(Catalog catalog) {
        super(catalog, "ELB-TG-017");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var topology = design.topology();
        for (var nlb : design.elementsOf(LoadBalancer.class)) {
            if (nlb.type() != LoadBalancerType.NETWORK) {
                continue;
            }
            var groups = topology.targetGroupsOf(nlb);
            var vpc = topology.vpcOf(nlb);
            for (var group : design.elementsOf(TargetGroup.class)) {
                if (!groups.contains(group) || group.targetType() != TargetType.IP || !preserved(group)) {
                    continue;
                }
                for (var target : group.targets()) {
                    if (target.ipAddress() == null) {
                        continue;
                    }
                    var node = nodeOfAnotherNlb(design, nlb, target.ipAddress());
                    String unreachable = null;
                    if (node != null) {
                        unreachable = target.ipAddress() + ", a node of Network Load Balancer " + node.name();
                    } else if (AwsLimits.ALL_ZONES.equals(target.availabilityZone())
                            || vpc != null && outside(vpc.allCidrBlocks(), target)) {
                        unreachable = target.ipAddress() + " outside the VPC";
                    }
                    if (unreachable != null) {
                        var elements = node == null ? new Element[] {group, nlb} : new Element[] {group, nlb, node};
                        findings.add(finding(Values.of("tg.name", group.name()).and("target", unreachable),
                                quickFix(design, group), elements));
                    }
                }
            }
        }
        return findings;
    }

    /**
     * Whether the targets of an IP target group see the client's address: always for the protocols where AWS keeps it
     * on, otherwise only when the group switches it on (AWS's default for TCP and TLS IP target groups is off).
     */
    private static boolean preserved(TargetGroup ipGroup) {
        return AwsLimits.CLIENT_IP_ALWAYS_PRESERVED.contains(ipGroup.protocol())
                || Boolean.TRUE.equals(ipGroup.preserveClientIp());
    }

    private static boolean outside(List<Cidr> blocks, TargetRegistration target) {
        Cidr address;
        try {
            address = Cidr.parse(target.ipAddress() + "/32");
        } catch (IllegalArgumentException notAnAddress) {
            return false; // an unreadable address is another rule's finding
        }
        return blocks.stream().noneMatch(block -> block.contains(address));
    }

    private static LoadBalancer nodeOfAnotherNlb(Design design, LoadBalancer nlb, String address) {
        for (var other : design.elementsOf(LoadBalancer.class)) {
            if (other != nlb && other.type() == LoadBalancerType.NETWORK && other.subnetMappings().stream()
                    .anyMatch(m -> address.equals(m.privateIpv4Address()))) {
                return other;
            }
        }
        return null;
    }

    private static Edit quickFix(Design design, TargetGroup group) {
        if (AwsLimits.CLIENT_IP_ALWAYS_PRESERVED.contains(group.protocol())) {
            return null;
        }
        return Edits.change(design, group.withPreserveClientIp(null),
                "Turn off client IP preservation on '" + group.name() + "'");
    }
}
