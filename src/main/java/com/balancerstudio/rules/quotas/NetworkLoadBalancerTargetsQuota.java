package com.balancerstudio.rules.quotas;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Quota;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.Quotas;
import java.util.ArrayList;
import java.util.List;

/**
 * Targets behind a Network Load Balancer: in total against the quota, per Availability Zone, and at most 500 in all
 * when cross-zone load balancing is on; an Application Load Balancer target counts as 50, or 100 with cross-zone on
 * (ELB-QTA-006).
 */
public final class NetworkLoadBalancerTargetsQuota extends CatalogRule {
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-limits.html (targets per
    // Availability Zone per Network Load Balancer: 500; with cross-zone load balancing on, at most 500 targets per
    // load balancer; an Application Load Balancer target counts as 50 targets, or 100 with cross-zone on)
    private static final int TARGETS_PER_ZONE = 500;
    private static final int TARGETS_WITH_CROSS_ZONE = 500;
    private static final int ALB_TARGET_WEIGHT = 50;
    private static final int ALB_TARGET_WEIGHT_CROSS_ZONE = 100;

    public NetworkLoadBalancerTargetsQuota(Catalog catalog) {
        super(catalog, "ELB-QTA-006");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() != LoadBalancerType.NETWORK) {
                continue;
            }
            boolean crossZone = Boolean.TRUE.equals(lb.enableCrossZoneLoadBalancing());
            var targets = TargetsByZone.of(design, lb, group -> group.targetType() != TargetType.ALB ? 1
                    : crossZone ? ALB_TARGET_WEIGHT_CROSS_ZONE : ALB_TARGET_WEIGHT);
            var detail = detail(design, targets, crossZone);
            if (detail != null) {
                findings.add(finding(Values.of("lb.name", lb.name()).and("detail", detail), lb));
            }
        }
        return findings;
    }

    private static String detail(Design design, TargetsByZone targets, boolean crossZone) {
        int quota = Quotas.of(design, Quota.TARGETS_PER_NETWORK_LOAD_BALANCER);
        if (crossZone && targets.total() > TARGETS_WITH_CROSS_ZONE) {
            return targets.total() + " targets with cross-zone load balancing on, limit " + TARGETS_WITH_CROSS_ZONE;
        }
        if (targets.total() > quota) {
            return targets.total() + " targets, " + Quotas.described(design, Quota.TARGETS_PER_NETWORK_LOAD_BALANCER);
        }
        return targets.zoneAbove(TARGETS_PER_ZONE);
    }
}
