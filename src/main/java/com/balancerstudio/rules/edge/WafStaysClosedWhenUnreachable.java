package com.balancerstudio.rules.edge;

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
 * Warns when an Application Load Balancer sends requests on unchecked while AWS WAF cannot be reached (WAF fail
 * open, ELB-WAF-005); the quick fix closes it again, AWS's default.
 */
public final class WafStaysClosedWhenUnreachable extends CatalogRule {
    public WafStaysClosedWhenUnreachable(Catalog catalog) {
        super(catalog, "ELB-WAF-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.APPLICATION && Boolean.TRUE.equals(lb.enableWafFailOpen())) {
                var closed = lb.withWafFailOpen(null);
                findings.add(finding(Values.of("lb.name", lb.name()),
                        Edits.change(design, closed, "Turn off WAF fail open on '" + lb.name() + "'"), lb));
            }
        }
        return findings;
    }
}
