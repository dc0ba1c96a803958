package com.balancerstudio.rules.kinds;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that an Application Load Balancer is the target of at most two Network Load Balancers (ELB-ALB-008), each
 * through its own alb-type target group.
 */
public final class AlbTargetOfAtMostTwoNlbs extends CatalogRule {
    public AlbTargetOfAtMostTwoNlbs(Catalog catalog) {
        super(catalog, "ELB-ALB-008");
    }

    @Override
    public List<Finding> check(Design design) {
        var nlbsByAlb = new LinkedHashMap<LoadBalancer, Set<LoadBalancer>>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            if (group.targetType() != TargetType.ALB) {
                continue;
            }
            var nlbs = design.topology().loadBalancersOf(group).stream()
                    .filter(lb -> lb.type() == LoadBalancerType.NETWORK).toList();
            for (var target : group.targets()) {
                var alb = target.targetId() == null ? null : design.get(target.targetId(), LoadBalancer.class);
                if (alb != null && alb.type() == LoadBalancerType.APPLICATION) {
                    nlbsByAlb.computeIfAbsent(alb, k -> new LinkedHashSet<>()).addAll(nlbs);
                }
            }
        }
        var findings = new ArrayList<Finding>();
        nlbsByAlb.forEach((alb, nlbs) -> {
            if (nlbs.size() > AwsLimits.NETWORK_LOAD_BALANCERS_PER_ALB_TARGET) {
                var involved = new ArrayList<Element>();
                involved.add(alb);
                involved.addAll(nlbs);
                findings.add(finding(Values.of("lb.name", alb.name()).and("n", nlbs.size()),
                        involved.toArray(Element[]::new)));
            }
        });
        return findings;
    }
}
