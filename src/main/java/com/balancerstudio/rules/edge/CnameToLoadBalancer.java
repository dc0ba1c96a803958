package com.balancerstudio.rules.edge;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.DnsRecordType;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Points out a plain CNAME to a load balancer's DNS name below the apex: it works, but an alias record costs nothing
 * to query for ELB targets, also works at the apex, and can evaluate the load balancer's health (ELB-R53-007). The
 * quick fix makes it an A alias record. The load balancer's DNS name is only known once AWS creates it, so the
 * message names the load balancer.
 */
public final class CnameToLoadBalancer extends CatalogRule {
    public CnameToLoadBalancer(Catalog catalog) {
        super(catalog, "ELB-R53-007");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var record : design.elementsOf(DnsRecord.class)) {
            var lb = design.get(record.aliasTargetId(), LoadBalancer.class);
            if (lb == null || record.isAlias() || record.atZoneApex()) {
                continue;
            }
            var fix = Edits.change(design, record.asAlias(DnsRecordType.A),
                    "Make '" + record.name() + "' an A alias record");
            findings.add(finding(Values.of("record.name", record.recordName())
                    .and("lb.dns", "the DNS name of " + lb.name()), fix, record, lb));
        }
        return findings;
    }
}
