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
 * Reports a CNAME record at the zone apex: the DNS standard forbids a CNAME beside the zone's SOA and NS records, so
 * Route 53 refuses it (ELB-R53-004). When it points at a load balancer the quick fix turns it into an A alias record,
 * which the apex allows.
 */
public final class NoCnameAtZoneApex extends CatalogRule {
    public NoCnameAtZoneApex(Catalog catalog) {
        super(catalog, "ELB-R53-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var record : design.elementsOf(DnsRecord.class)) {
            if (record.recordType() != DnsRecordType.CNAME || !record.atZoneApex()) {
                continue;
            }
            var values = Values.of("zone", record.zoneName());
            if (design.get(record.aliasTargetId(), LoadBalancer.class) == null) {
                findings.add(finding(values, record));
            } else {
                findings.add(finding(values, Edits.change(design, record.asAlias(DnsRecordType.A),
                        "Make '" + record.name() + "' an A alias record"), record));
            }
        }
        return findings;
    }
}
