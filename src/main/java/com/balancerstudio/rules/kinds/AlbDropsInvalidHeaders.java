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
 * Warns when an Application Load Balancer passes headers with invalid names on to its targets, AWS's default
 * (ELB-ALB-004); the quick fix drops them.
 */
public final class AlbDropsInvalidHeaders extends CatalogRule {
    public AlbDropsInvalidHeaders(Catalog catalog) {
        super(catalog, "ELB-ALB-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.APPLICATION && !Boolean.TRUE.equals(lb.dropInvalidHeaderFields())) {
                var dropping = lb.withHeaderHandling(true, lb.desyncMitigationMode());
                var fix = Edits.change(design, dropping, "Drop invalid header fields on '" + lb.name() + "'");
                findings.add(finding(Values.of("lb.name", lb.name()), fix, lb));
            }
        }
        return findings;
    }
}
