package com.balancerstudio.rules.edge;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.DnsRecordType;
import com.balancerstudio.model.IpAddressType;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports an AAAA alias to a load balancer that has IPv4 addresses only, so IPv6 clients get no answer
 * (ELB-R53-003).
 */
public final class AaaaAliasNeedsDualstack extends CatalogRule {
    public AaaaAliasNeedsDualstack(Catalog catalog) {
        super(catalog, "ELB-R53-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var record : design.elementsOf(DnsRecord.class)) {
            var lb = design.get(record.aliasTargetId(), LoadBalancer.class);
            if (lb != null && record.recordType() == DnsRecordType.AAAA && lb.ipAddressType() == IpAddressType.IPV4) {
                var values = Values.of("record.name", record.recordName()).and("lb.name", lb.name());
                findings.add(finding(values, record, lb));
            }
        }
        return findings;
    }
}
