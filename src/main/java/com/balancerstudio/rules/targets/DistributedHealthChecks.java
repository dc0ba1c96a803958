package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.TargetGroupKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Points out that an NLB or GWLB target group's HTTP/HTTPS health checks come from every load balancer node (targets
 * see more checks than configured) and that HTTPS checks fail against targets that only offer TLS 1.3 (ELB-HC-016).
 */
public final class DistributedHealthChecks extends CatalogRule {
    public DistributedHealthChecks(Catalog catalog) {
        super(catalog, "ELB-HC-016");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var kind = TargetGroupKind.of(design, group);
            // An alb-type group can only check over HTTP(S), so there is nothing to choose.
            if ((kind == LoadBalancerType.NETWORK || kind == LoadBalancerType.GATEWAY)
                    && group.targetType() != TargetType.ALB
                    && HealthCheckProtocols.isHttp(HealthCheckProtocols.effective(group))) {
                findings.add(finding(Values.of("tg.name", group.name()), group));
            }
        }
        return findings;
    }
}
