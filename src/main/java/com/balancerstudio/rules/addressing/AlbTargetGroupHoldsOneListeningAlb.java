package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reports an alb-type target group that does not hold exactly one Application Load Balancer listening on the target
 * group's port (ELB-TGT-006).
 */
public final class AlbTargetGroupHoldsOneListeningAlb extends CatalogRule {
    public AlbTargetGroupHoldsOneListeningAlb(Catalog catalog) {
        super(catalog, "ELB-TGT-006");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            if (group.targetType() == TargetType.ALB && !holdsOneListeningAlb(design, group)) {
                findings.add(finding(Values.of("tg.name", group.name()).and("port", group.port()), group));
            }
        }
        return findings;
    }

    private static boolean holdsOneListeningAlb(Design design, TargetGroup group) {
        if (group.targets().size() != 1) {
            return false;
        }
        var alb = design.get(group.targets().get(0).targetId(), LoadBalancer.class);
        if (alb == null || alb.type() != LoadBalancerType.APPLICATION) {
            return false;
        }
        return design.topology().listenersOf(alb).stream().anyMatch(l -> Objects.equals(l.port(), group.port()));
    }
}
