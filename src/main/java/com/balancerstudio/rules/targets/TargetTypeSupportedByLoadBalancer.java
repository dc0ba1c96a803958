package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reports a target group whose target type the load balancer using it cannot send to: Lambda functions only behind
 * an ALB, an ALB only behind an NLB, a Gateway Load Balancer only to instances and IP addresses (ELB-TG-005).
 */
public final class TargetTypeSupportedByLoadBalancer extends CatalogRule {
    public TargetTypeSupportedByLoadBalancer(Catalog catalog) {
        super(catalog, "ELB-TG-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            for (var lb : design.topology().loadBalancersOf(group)) {
                var allowed = AwsLimits.TARGET_TYPES.get(lb.type());
                if (allowed != null && !allowed.contains(group.targetType())) {
                    findings.add(finding(Values.of("tg.targetType", group.targetType())
                            .and("lb.type", lb.type().displayName() + " " + lb.name())
                            .and("allowed", allowed.stream().map(TargetType::value).collect(Collectors.joining(", "))),
                            group, lb));
                }
            }
        }
        return findings;
    }
}
