package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports an Application Load Balancer rule or default action forwarding to a target group whose protocol is not
 * HTTP or HTTPS (GENEVE, TCP, TLS, UDP...); Lambda target groups have no protocol and are fine (ELB-RULE-023).
 */
public final class AlbForwardsToHttpTargetGroups extends CatalogRule {
    public AlbForwardsToHttpTargetGroups(Catalog catalog) {
        super(catalog, "ELB-RULE-023");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var allowed = AwsLimits.TARGET_GROUP_PROTOCOLS.get(LoadBalancerType.APPLICATION);
        for (var placed : PlacedActions.of(design, LoadBalancerType.APPLICATION)) {
            for (var weighted : placed.action().targetGroups()) {
                var group = design.get(weighted.targetGroupId(), TargetGroup.class);
                if (group == null || group.targetType() == TargetType.LAMBDA || group.protocol() == null
                        || allowed.contains(group.protocol())) {
                    continue;
                }
                findings.add(finding(Values.of("lb.name", placed.lb().name()).and("tg.protocol", group.protocol())
                        .and("tg.name", group.name()).and("rule", placed.ownerName()), placed.owner(), group));
            }
        }
        return findings;
    }
}
