package com.balancerstudio.rules.addressing;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.SecurityGroupRule;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.LoadBalancerIngress;
import com.balancerstudio.rules.LoadBalancerIngress.ProtocolPort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Warns when the security groups of the instances an Auto Scaling group launches do not let a load balancer it
 * registers them with in on the target or health-check port (a Gateway Load Balancer: UDP 6081 from its subnets), so
 * they fail their health checks (ELB-ASG-005). A group without security groups launches with the VPC's default one,
 * which admits only its own members. With one security group on each side, the fix allows the port in from the load
 * balancer's group.
 */
public final class AutoScalingInstancesAdmitLoadBalancer extends CatalogRule {
    public AutoScalingInstancesAdmitLoadBalancer(Catalog catalog) {
        super(catalog, "ELB-ASG-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var asg : design.elementsOf(AutoScalingGroup.class)) {
            var groups = LoadBalancerIngress.securityGroups(design, asg.securityGroupIds());
            if (groups == null) {
                continue;
            }
            portsByLoadBalancer(design, asg).forEach((lb, ports) -> {
                for (var port : ports) {
                    if (!LoadBalancerIngress.admits(design, groups, lb, port)) {
                        var involved = new ArrayList<Element>();
                        involved.add(asg);
                        involved.addAll(groups);
                        involved.add(lb);
                        var values = Values.of("asg.name", asg.name()).and("lb.name", lb.name())
                                .and("port", port.port());
                        findings.add(finding(values, quickFix(design, groups, lb, port),
                                involved.toArray(Element[]::new)));
                    }
                }
            });
        }
        return findings;
    }

    /** Each load balancer the group registers its instances with, and the ports it connects to on them. */
    private static Map<LoadBalancer, Set<ProtocolPort>> portsByLoadBalancer(Design design, AutoScalingGroup asg) {
        var ports = new LinkedHashMap<LoadBalancer, Set<ProtocolPort>>();
        for (var groupId : asg.targetGroupIds()) {
            var group = design.get(groupId, TargetGroup.class);
            if (group == null || group.targetType() != TargetType.INSTANCE) {
                continue;
            }
            for (var lb : design.topology().loadBalancersOf(group)) {
                ports.computeIfAbsent(lb, k -> new LinkedHashSet<>())
                        .addAll(LoadBalancerIngress.targetPorts(lb, group, null));
            }
        }
        for (var lbId : asg.loadBalancerIds()) {
            var lb = design.get(lbId, LoadBalancer.class);
            if (lb != null && lb.type() == LoadBalancerType.CLASSIC) {
                ports.computeIfAbsent(lb, k -> new LinkedHashSet<>())
                        .addAll(LoadBalancerIngress.classicPorts(design, lb));
            }
        }
        return ports;
    }

    /** With one security group on the instances and one on the load balancer, allow the port in from the latter. */
    private static Edit quickFix(Design design, List<SecurityGroup> groups, LoadBalancer lb, ProtocolPort port) {
        if (groups.size() != 1 || lb.securityGroupIds().size() != 1) {
            return null;
        }
        var source = design.get(lb.securityGroupIds().get(0), SecurityGroup.class);
        if (source == null) {
            return null;
        }
        var group = groups.get(0);
        var ingress = new ArrayList<>(group.ingress());
        ingress.add(new SecurityGroupRule(port.ipProtocol(), port.port(), port.port(), null, source.id(),
                "from " + lb.name()));
        var changed = new SecurityGroup(group.id(), group.name(), group.parent(), group.bounds(), group.description(),
                ingress, group.egress());
        return Edits.change(design, changed, "Allow " + port.ipProtocol().toUpperCase(java.util.Locale.ROOT) + " "
                + port.port() + " in from security group '" + source.name() + "' in '" + group.name() + "'");
    }
}
