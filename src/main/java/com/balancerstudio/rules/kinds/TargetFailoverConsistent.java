package com.balancerstudio.rules.kinds;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.TargetFailover;
import com.balancerstudio.model.TargetFailoverMode;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * A Gateway Load Balancer target group whose target failover differs between deregistered and unhealthy targets, which
 * AWS refuses (ELB-GWLB-008; https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/target-groups.html). As
 * AWS's default is no_rebalance, one of the two asks for rebalance: the quick fix rebalances in both cases.
 */
public final class TargetFailoverConsistent extends CatalogRule {
    private static final TargetFailover REBALANCE_BOTH =
            new TargetFailover(TargetFailoverMode.REBALANCE, TargetFailoverMode.REBALANCE);

    public TargetFailoverConsistent(Catalog catalog) {
        super(catalog, "ELB-GWLB-008");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var failover = group.targetFailover();
            if (failover != null && failover.onDeregistration() != failover.onUnhealthy()) {
                var fix = Edits.change(design, group.withTargetFailover(REBALANCE_BOTH),
                        "Rebalance flows of '" + group.name() + "' both on deregistration and when unhealthy");
                findings.add(finding(Values.of("tg.name", group.name()), fix, group));
            }
        }
        return findings;
    }
}
