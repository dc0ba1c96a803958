package com.balancerstudio.rules.balancers;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Refuses a Route 53 alias record that points at a Gateway Load Balancer; Route 53 aliases only the other kinds. */
public final class AliasNotToGatewayLoadBalancer extends CatalogRule {
    public AliasNotToGatewayLoadBalancer(Catalog catalog) {
        super(catalog, "ELB-R53-001");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var record : design.elementsOf(DnsRecord.class)) {
            var target = design.get(record.aliasTargetId(), LoadBalancer.class);
            if (target != null && target.type() == LoadBalancerType.GATEWAY) {
                findings.add(finding(Values.none(), record, target));
            }
        }
        return findings;
    }
}
