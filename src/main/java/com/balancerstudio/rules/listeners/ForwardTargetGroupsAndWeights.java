package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.WeightedTargetGroup;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reports an Application Load Balancer forward (or authenticate-then-forward) with more than 5 target groups, or a
 * weight outside 0-999 (ELB-RULE-016).
 */
public final class ForwardTargetGroupsAndWeights extends CatalogRule {
    public ForwardTargetGroupsAndWeights(Catalog catalog) {
        super(catalog, "ELB-RULE-016");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var placed : PlacedActions.of(design, LoadBalancerType.APPLICATION)) {
            var groups = placed.action().targetGroups();
            var badWeight = groups.stream().map(WeightedTargetGroup::weight).filter(Objects::nonNull)
                    .filter(w -> !AwsLimits.FORWARD_WEIGHT.contains(w)).findFirst();
            if (groups.size() <= AwsLimits.FORWARD_TARGET_GROUPS_MAX && badWeight.isEmpty()) {
                continue;
            }
            var weight = badWeight.map(String::valueOf).orElse("in range");
            findings.add(finding(Values.of("rule", placed.ownerName()).and("n", groups.size()).and("w", weight),
                    placed.owner(), placed.listener()));
        }
        return findings;
    }
}
