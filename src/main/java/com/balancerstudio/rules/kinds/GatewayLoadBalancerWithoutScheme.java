package com.balancerstudio.rules.kinds;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses a scheme on a Gateway Load Balancer (ELB-GWLB-001): it is reached through endpoints, never as internal or
 * internet-facing, so marking it internal is an error the API returns.
 */
public final class GatewayLoadBalancerWithoutScheme extends CatalogRule {
    public GatewayLoadBalancerWithoutScheme(Catalog catalog) {
        super(catalog, "ELB-GWLB-001");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            // The design file has no "unset" for the scheme: internal=false is what a Gateway Load Balancer without a
            // scheme reads as (the Terraform export leaves it out), so only internal=true is a scheme set.
            if (lb.type() == LoadBalancerType.GATEWAY && lb.internal()) {
                var fix = Edits.change(design, lb.withInternal(false),
                        "Remove the scheme of '" + lb.name() + "'");
                findings.add(finding(Values.of("lb.name", lb.name()), fix, lb));
            }
        }
        return findings;
    }
}
