package com.balancerstudio.rules.kinds;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.DesyncMitigationMode;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns when an Application or Classic Load Balancer only monitors HTTP desync and lets request smuggling through
 * (ELB-ALB-005); the quick fix goes back to AWS's default, defensive.
 */
public final class DesyncMitigationNotMonitor extends CatalogRule {
    public DesyncMitigationNotMonitor(Catalog catalog) {
        super(catalog, "ELB-ALB-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.desyncMitigationMode() == DesyncMitigationMode.MONITOR) {
                var fix = Edits.change(design, lb.withHeaderHandling(lb.dropInvalidHeaderFields(),
                        DesyncMitigationMode.DEFENSIVE), "Set desync mitigation of '" + lb.name() + "' to defensive");
                findings.add(finding(Values.of("lb.name", lb.name()), fix, lb));
            }
        }
        return findings;
    }
}
