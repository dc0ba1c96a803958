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
 * Warns when an Application, Network or Gateway Load Balancer can be deleted by one careless call (ELB-GEN-011); the
 * quick fix turns deletion protection on. Classic Load Balancers have no such setting.
 */
public final class DeletionProtectionEnabled extends CatalogRule {
    public DeletionProtectionEnabled(Catalog catalog) {
        super(catalog, "ELB-GEN-011");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() != LoadBalancerType.CLASSIC && !lb.enableDeletionProtection()) {
                var fix = Edits.change(design, lb.withDeletionProtection(true),
                        "Enable deletion protection on '" + lb.name() + "'");
                findings.add(finding(Values.of("lb.name", lb.name()), fix, lb));
            }
        }
        return findings;
    }
}
