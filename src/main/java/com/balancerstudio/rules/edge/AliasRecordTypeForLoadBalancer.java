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
 * Reports an alias record to a load balancer whose type is not A or AAAA: Route 53 answers an alias to an Elastic
 * Load Balancing load balancer only as an address record (ELB-R53-002). The quick fix makes it an A record.
 */
public final class AliasRecordTypeForLoadBalancer extends CatalogRule {
    public AliasRecordTypeForLoadBalancer(Catalog catalog) {
        super(catalog, "ELB-R53-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var record : design.elementsOf(DnsRecord.class)) {
            var lb = design.get(record.aliasTargetId(), LoadBalancer.class);
            if (lb == null || !record.isAlias() || record.recordType() != DnsRecordType.CNAME) {
                continue;
            }
            var fix = Edits.change(design, record.asAlias(DnsRecordType.A),
                    "Make '" + record.name() + "' an A alias record");
            findings.add(finding(Values.of("record.name", record.recordName()).and("lb.name", lb.name()), fix,
                    record, lb));
        }
        return findings;
    }
}
