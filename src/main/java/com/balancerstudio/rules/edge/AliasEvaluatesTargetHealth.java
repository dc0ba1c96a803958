package com.balancerstudio.rules.edge;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.RoutingPolicy;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports an alias with a failover, weighted, latency or geolocation policy that does not evaluate target health:
 * Route 53 then keeps choosing the load balancer even when none of its targets is healthy, which defeats the policy
 * (ELB-R53-006). The quick fix turns evaluation on. A simple record has nothing to fail over to and is left alone.
 */
public final class AliasEvaluatesTargetHealth extends CatalogRule {
    public AliasEvaluatesTargetHealth(Catalog catalog) {
        super(catalog, "ELB-R53-006");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var record : design.elementsOf(DnsRecord.class)) {
            var lb = design.get(record.aliasTargetId(), LoadBalancer.class);
            if (lb != null && record.isAlias() && record.routingPolicy() != RoutingPolicy.SIMPLE
                    && !record.evaluateTargetHealth()) {
                var changed = record.withEvaluateTargetHealth(true);
                var fix = Edits.change(design, changed, "Evaluate target health for '" + record.name() + "'");
                findings.add(finding(Values.of("record.name", record.recordName()).and("lb.name", lb.name()),
                        fix, record, lb));
            }
        }
        return findings;
    }
}
