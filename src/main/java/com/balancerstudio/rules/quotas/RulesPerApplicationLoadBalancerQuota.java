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

/** Listener rules of an Application Load Balancer, default actions not counted, against the quota (ELB-QTA-008). */
public final class RulesPerApplicationLoadBalancerQuota extends CatalogRule {
    public RulesPerApplicationLoadBalancerQuota(Catalog catalog) {
        super(catalog, "ELB-QTA-008");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() != LoadBalancerType.APPLICATION) {
                continue;
            }
            int rules = design.topology().listenersOf(lb).stream()
                    .mapToInt(listener -> design.topology().rulesOf(listener).size()).sum();
            if (rules > Quotas.of(design, Quota.RULES_PER_APPLICATION_LOAD_BALANCER)) {
                findings.add(finding(Values.of("lb.name", lb.name()).and("n", rules)
                        .and("quota", Quotas.described(design, Quota.RULES_PER_APPLICATION_LOAD_BALANCER)), lb));
            }
        }
        return findings;
    }
}
