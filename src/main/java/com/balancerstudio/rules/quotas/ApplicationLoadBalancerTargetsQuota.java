package com.balancerstudio.rules.quotas;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Quota;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.Quotas;
import java.util.ArrayList;
import java.util.List;

/**
 * Targets behind an Application Load Balancer (a target in N of its groups counts N times) and its target groups,
 * against the quotas (ELB-QTA-005).
 */
public final class ApplicationLoadBalancerTargetsQuota extends CatalogRule {
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html (target groups per
    // Application Load Balancer: 100, not adjustable)
    static final int TARGET_GROUPS_PER_APPLICATION_LOAD_BALANCER = 100;

    public ApplicationLoadBalancerTargetsQuota(Catalog catalog) {
        super(catalog, "ELB-QTA-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() != LoadBalancerType.APPLICATION) {
                continue;
            }
            var groups = design.topology().targetGroupsOf(lb);
            int targets = groups.stream().mapToInt(g -> TargetCounts.of(design, g)).sum();
            int quota = Quotas.of(design, Quota.TARGETS_PER_APPLICATION_LOAD_BALANCER);
            if (targets > quota || groups.size() > TARGET_GROUPS_PER_APPLICATION_LOAD_BALANCER) {
                findings.add(finding(Values.of("lb.name", lb.name()).and("n", targets).and("m", groups.size())
                        .and("quota", quota).and("groups", TARGET_GROUPS_PER_APPLICATION_LOAD_BALANCER), lb));
            }
        }
        return findings;
    }
}
