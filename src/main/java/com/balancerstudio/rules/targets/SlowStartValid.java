package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.LoadBalancingAlgorithm;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.TargetGroupKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a slow start AWS refuses: not 0 and outside 30-900 s, combined with least outstanding requests, or set on
 * a target group that is not an ALB instance or IP group (ELB-TG-014).
 */
public final class SlowStartValid extends CatalogRule {
    public SlowStartValid(Catalog catalog) {
        super(catalog, "ELB-TG-014");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var slowStart = group.slowStart();
            // 0 turns slow start off; on a Lambda group any value is ELB-TG-022's finding.
            if (slowStart == null || slowStart == 0 || group.targetType() == TargetType.LAMBDA) {
                continue;
            }
            boolean outOfRange = !AwsLimits.SLOW_START.contains(slowStart);
            boolean withLeastOutstanding = group.loadBalancingAlgorithmType()
                    == LoadBalancingAlgorithm.LEAST_OUTSTANDING_REQUESTS;
            boolean notAlbInstanceOrIp = TargetGroupKind.of(design, group) != LoadBalancerType.APPLICATION;
            if (outOfRange || withLeastOutstanding || notAlbInstanceOrIp) {
                findings.add(finding(Values.of("value", slowStart).and("tg.name", group.name()), group));
            }
        }
        return findings;
    }
}
