package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reports an Auto Scaling group launching into subnets of another VPC than a target group or Classic Load Balancer
 * it is attached to (ELB-ASG-002). Another VPC of another Region is covered too, since a VPC lies in one Region.
 */
public final class AutoScalingGroupInLoadBalancerVpc extends CatalogRule {
    public AutoScalingGroupInLoadBalancerVpc(Catalog catalog) {
        super(catalog, "ELB-ASG-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(AutoScalingGroup.class)) {
            var vpcs = group.subnetIds().stream().map(id -> design.get(id, Subnet.class)).filter(Objects::nonNull)
                    .map(subnet -> design.topology().vpcOf(subnet)).filter(Objects::nonNull).distinct().toList();
            for (var id : group.targetGroupIds()) {
                var targetGroup = design.get(id, TargetGroup.class);
                if (targetGroup != null) {
                    var lbs = design.topology().loadBalancersOf(targetGroup);
                    var lbName = lbs.isEmpty() ? "(none)" : lbs.iterator().next().name();
                    check(design, group, vpcs, targetGroup, lbName, targetGroup.name(), findings);
                }
            }
            for (var id : group.loadBalancerIds()) {
                var lb = design.get(id, LoadBalancer.class);
                if (lb != null) {
                    check(design, group, vpcs, lb, lb.name(), "(none)", findings);
                }
            }
        }
        return findings;
    }

    private void check(Design design, AutoScalingGroup group, List<Vpc> vpcs, Element attachedTo, String lbName,
                       String tgName, List<Finding> findings) {
        var vpc = design.topology().vpcOf(attachedTo);
        if (vpc != null && vpcs.stream().anyMatch(v -> !v.equals(vpc))) {
            findings.add(finding(Values.of("asg.name", group.name()).and("lb.name", lbName).and("tg.name", tgName),
                    group, attachedTo));
        }
    }
}
