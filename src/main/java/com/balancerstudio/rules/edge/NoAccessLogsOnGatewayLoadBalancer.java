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
 * Notes access logs requested on a Gateway Load Balancer, which has no access-log attribute (ELB-LOG-007); the
 * quick fix drops the setting, as AWS would ignore it.
 */
public final class NoAccessLogsOnGatewayLoadBalancer extends CatalogRule {
    public NoAccessLogsOnGatewayLoadBalancer(Catalog catalog) {
        super(catalog, "ELB-LOG-007");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.GATEWAY && lb.accessLogs() != null && lb.accessLogs().enabled()) {
                var fix = Edits.change(design, lb.withAccessLogs(null),
                        "Remove the access logs of '" + lb.name() + "'");
                findings.add(finding(Values.none(), fix, lb));
            }
        }
        return findings;
    }
}
