package com.balancerstudio.rules.edge;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a record that aliases an internal load balancer: its private addresses are published where internet
 * clients look them up and cannot use them (ELB-R53-005). Every hosted zone of a design is a public one (the
 * Terraform export looks zones up with private_zone = false), which is what makes the record public here. Gateway
 * Load Balancers have no scheme and are ELB-R53-001's.
 */
public final class PublicRecordToInternalLoadBalancer extends CatalogRule {
    public PublicRecordToInternalLoadBalancer(Catalog catalog) {
        super(catalog, "ELB-R53-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var record : design.elementsOf(DnsRecord.class)) {
            var lb = design.get(record.aliasTargetId(), LoadBalancer.class);
            if (lb != null && lb.internal() && lb.type() != LoadBalancerType.GATEWAY) {
                var values = Values.of("record.name", record.recordName()).and("zone", record.zoneName())
                        .and("lb.name", lb.name());
                findings.add(finding(values, record, lb));
            }
        }
        return findings;
    }
}
