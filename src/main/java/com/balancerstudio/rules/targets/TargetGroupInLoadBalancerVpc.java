package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a target group in another VPC than a load balancer that sends traffic to it (ELB-TG-008). Lambda target
 * groups have no VPC at AWS, so where they are drawn does not matter.
 */
public final class TargetGroupInLoadBalancerVpc extends CatalogRule {
    public TargetGroupInLoadBalancerVpc(Catalog catalog) {
        super(catalog, "ELB-TG-008");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var topology = design.topology();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var groupVpc = topology.vpcOf(group);
            if (group.targetType() == TargetType.LAMBDA || groupVpc == null) {
                continue;
            }
            for (var lb : topology.loadBalancersOf(group)) {
                var lbVpc = topology.vpcOf(lb);
                if (lbVpc != null && !lbVpc.id().equals(groupVpc.id())) {
                    findings.add(finding(Values.of("tg.name", group.name()).and("tg.vpc", groupVpc.name())
                            .and("lb.name", lb.name()).and("lb.vpc", lbVpc.name()), group, lb));
                }
            }
        }
        return findings;
    }
}
