package com.balancerstudio.rules.quotas;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Targets behind a Gateway Load Balancer, in total and per Availability Zone (ELB-QTA-007). The 1,000 targets a GENEVE
 * target group may hold are never reached behind one Gateway Load Balancer, which takes 300 in all.
 */
public final class GatewayLoadBalancerTargetsQuota extends CatalogRule {
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/quotas-limits.html (targets per Gateway Load
    // Balancer: 300; targets per Availability Zone per target group: 300)
    private static final int TARGETS_PER_LOAD_BALANCER = 300;
    private static final int TARGETS_PER_ZONE = 300;

    public GatewayLoadBalancerTargetsQuota(Catalog catalog) {
        super(catalog, "ELB-QTA-007");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() != LoadBalancerType.GATEWAY) {
                continue;
            }
            var targets = TargetsByZone.of(design, lb, group -> 1);
            String detail = null;
            if (targets.total() > TARGETS_PER_LOAD_BALANCER) {
                detail = targets.total() + " targets, limit " + TARGETS_PER_LOAD_BALANCER;
            } else {
                detail = targets.zoneAbove(TARGETS_PER_ZONE);
            }
            if (detail != null) {
                findings.add(finding(Values.of("lb.name", lb.name()).and("detail", detail), lb));
            }
        }
        return findings;
    }
}
