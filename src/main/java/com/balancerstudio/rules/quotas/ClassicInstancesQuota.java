package com.balancerstudio.rules.quotas;

import com.balancerstudio.model.AutoScalingGroup;
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
 * Instances registered with a Classic Load Balancer, with the most its Auto Scaling groups may launch, against the
 * quota (ELB-QTA-010).
 */
public final class ClassicInstancesQuota extends CatalogRule {
    public ClassicInstancesQuota(Catalog catalog) {
        super(catalog, "ELB-QTA-010");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() != LoadBalancerType.CLASSIC) {
                continue;
            }
            int scaled = design.elementsOf(AutoScalingGroup.class).stream()
                    .filter(g -> g.loadBalancerIds().contains(lb.id())).mapToInt(AutoScalingGroup::maxSize).sum();
            int instances = lb.instanceIds().size() + scaled;
            if (instances > Quotas.of(design, Quota.INSTANCES_PER_CLASSIC_LOAD_BALANCER)) {
                findings.add(finding(Values.of("lb.name", lb.name()).and("n", instances)
                        .and("quota", Quotas.described(design, Quota.INSTANCES_PER_CLASSIC_LOAD_BALANCER)), lb));
            }
        }
        return findings;
    }
}
