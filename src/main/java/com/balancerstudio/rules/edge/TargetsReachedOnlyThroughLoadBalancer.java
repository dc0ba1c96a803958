package com.balancerstudio.rules.edge;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.SecurityGroupRule;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Reports a target security group that lets the traffic port in from addresses outside the VPC: the load balancer
 * connects from inside the VPC, so such a rule only serves clients that bypass it and its WAF (ELB-SEC-005).
 *
 * <p>A Network Load Balancer without security groups is left alone: it keeps the client's address, so its targets
 * must allow the clients themselves. Gateway Load Balancers forward GENEVE from their own subnets and are skipped.
 */
public final class TargetsReachedOnlyThroughLoadBalancer extends CatalogRule {
    public TargetsReachedOnlyThroughLoadBalancer(Catalog catalog) {
        super(catalog, "ELB-SEC-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var reported = new HashSet<String>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.GATEWAY
                    || lb.type() == LoadBalancerType.NETWORK && lb.securityGroupIds().isEmpty()) {
                continue;
            }
            var vpc = design.topology().vpcOf(lb);
            if (vpc == null) {
                continue;
            }
            for (var target : TargetPorts.instanceTargets(design, lb)) {
                for (var group : groupsOf(design, target.instance())) {
                    for (var rule : group.ingress()) {
                        // One finding per group, source and load balancer, however many targets share the group.
                        if (bypasses(vpc, rule, target) && reported.add(key(group, rule, lb))) {
                            var values = Values.of("lb.name", lb.name()).and("cidr", rule.cidrIpv4().text());
                            findings.add(finding(values, group, target.instance(), lb));
                        }
                    }
                }
            }
        }
        return findings;
    }

    private static List<SecurityGroup> groupsOf(Design design, Instance instance) {
        return instance.securityGroupIds().stream().map(id -> design.get(id, SecurityGroup.class))
                .filter(Objects::nonNull).toList();
    }

    /** Whether the rule lets addresses from outside the VPC in on the port the load balancer uses. */
    private static boolean bypasses(Vpc vpc, SecurityGroupRule rule, TargetPorts.InstanceTarget target) {
        return rule.cidrIpv4() != null && !insideVpc(vpc, rule.cidrIpv4())
                && SecurityGroupPorts.allows(rule, target.ipProtocol(), target.port());
    }

    private static String key(SecurityGroup group, SecurityGroupRule rule, LoadBalancer lb) {
        return group.id().value() + " " + rule.cidrIpv4().text() + " " + lb.id().value();
    }

    private static boolean insideVpc(Vpc vpc, Cidr cidr) {
        return vpc.allCidrBlocks().stream().anyMatch(block -> block.contains(cidr));
    }
}
