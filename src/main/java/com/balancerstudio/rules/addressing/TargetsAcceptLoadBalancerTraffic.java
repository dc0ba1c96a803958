package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.SecurityGroupRule;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Warns about an instance target whose security groups let neither the load balancer's security groups nor its
 * subnets in on the traffic port or the health-check port (ELB-TGT-011). Instances without security groups in the
 * design are not judged (the design does not say what AWS would attach), nor are Gateway Load Balancers, whose
 * GENEVE traffic the design's rules do not describe.
 */
public final class TargetsAcceptLoadBalancerTraffic extends CatalogRule {
    public TargetsAcceptLoadBalancerTraffic(Catalog catalog) {
        super(catalog, "ELB-TGT-011");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.GATEWAY || lb.type() == LoadBalancerType.CLASSIC) {
                continue;
            }
            for (var group : design.topology().targetGroupsOf(lb)) {
                for (var target : group.targets()) {
                    var instance = design.get(target.targetId(), Instance.class);
                    if (instance == null || instance.securityGroupIds().isEmpty()) {
                        continue;
                    }
                    for (var port : ports(group, target)) {
                        if (!admits(design, instance, lb, port, udp(group))) {
                            findings.add(finding(Values.of("target", instance.name()).and("lb.name", lb.name())
                                    .and("port", port), instance, lb));
                        }
                    }
                }
            }
        }
        return findings;
    }

    /** The traffic port (the target's override, else the group's) and a numeric health-check port. */
    private static List<Integer> ports(TargetGroup group, TargetRegistration target) {
        var ports = new LinkedHashSet<Integer>();
        var traffic = target.port() != null ? target.port() : group.port();
        if (traffic != null) {
            ports.add(traffic);
        }
        var checkPort = group.healthCheck().port();
        if (checkPort != null && checkPort.chars().allMatch(Character::isDigit) && !checkPort.isEmpty()
                && checkPort.length() <= 5) {
            ports.add(Integer.parseInt(checkPort));
        }
        return List.copyOf(ports);
    }

    private static boolean udp(TargetGroup group) {
        return group.protocol() == Protocol.UDP;
    }

    private static boolean admits(Design design, Instance instance, LoadBalancer lb, int port, boolean udp) {
        var lbSubnets = lb.subnetIds().stream().map(id -> design.get(id, Subnet.class)).filter(Objects::nonNull).toList();
        for (var groupId : instance.securityGroupIds()) {
            var group = design.get(groupId, SecurityGroup.class);
            if (group == null) {
                return true;
            }
            for (var rule : group.ingress()) {
                if (covers(rule, port, udp) && fromLoadBalancer(rule, lb, lbSubnets)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean covers(SecurityGroupRule rule, int port, boolean udp) {
        if ("-1".equals(rule.ipProtocol()) || "all".equalsIgnoreCase(rule.ipProtocol())) {
            return true;
        }
        if (!rule.ipProtocol().equalsIgnoreCase(udp ? "udp" : "tcp")) {
            return false;
        }
        int from = rule.fromPort() == null ? 0 : rule.fromPort();
        int to = rule.toPort() == null ? 65535 : rule.toPort();
        return port >= from && port <= to;
    }

    /** The load balancer's own security group, or an address range holding every node of it. */
    private static boolean fromLoadBalancer(SecurityGroupRule rule, LoadBalancer lb, List<Subnet> lbSubnets) {
        if (rule.referencedSecurityGroupId() != null) {
            return lb.securityGroupIds().contains(rule.referencedSecurityGroupId());
        }
        return rule.cidrIpv4() != null && !lbSubnets.isEmpty()
                && lbSubnets.stream().allMatch(s -> rule.cidrIpv4().contains(s.cidrBlock()));
    }
}
