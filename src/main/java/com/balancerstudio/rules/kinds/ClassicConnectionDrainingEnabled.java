package com.balancerstudio.rules.kinds;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns when a Classic Load Balancer drains no connections (ELB-CLB-007). The design records draining by its timeout:
 * no timeout means draining is off, as in Terraform's aws_elb, whose connection_draining defaults to false.
 */
public final class ClassicConnectionDrainingEnabled extends CatalogRule {
    public ClassicConnectionDrainingEnabled(Catalog catalog) {
        super(catalog, "ELB-CLB-007");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.CLASSIC && lb.connectionDrainingTimeout() == null) {
                int timeout = AwsLimits.CLASSIC_CONNECTION_DRAINING_DEFAULT;
                var fix = Edits.change(design, lb.withConnectionDrainingTimeout(timeout),
                        "Drain connections of '" + lb.name() + "' for " + timeout + " s");
                findings.add(finding(Values.of("lb.name", lb.name()), fix, lb));
            }
        }
        return findings;
    }
}
