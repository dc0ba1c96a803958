package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.TargetGroupKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Points out a Network Load Balancer target group whose deregistration delay is shorter than the 120 s the NLB
 * guide recommended, which can cut connections still in flight (ELB-TG-013). The AWS default (300 s) is fine.
 */
public final class NlbDeregistrationDelayShort extends CatalogRule {
    public NlbDeregistrationDelayShort(Catalog catalog) {
        super(catalog, "ELB-TG-013");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var delay = group.deregistrationDelay();
            // Negative delays are ELB-TG-012's error.
            if (delay != null && delay >= 0 && delay < AwsLimits.NLB_RECOMMENDED_MIN_DEREGISTRATION_DELAY
                    && TargetGroupKind.of(design, group) == LoadBalancerType.NETWORK) {
                findings.add(finding(Values.of("value", delay).and("tg.name", group.name()), group));
            }
        }
        return findings;
    }
}
