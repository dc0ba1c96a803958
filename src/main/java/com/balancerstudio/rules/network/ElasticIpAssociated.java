package com.balancerstudio.rules.network;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Warns about Elastic IPs that nothing uses, since AWS charges for idle addresses (NET-EIP-003). */
public final class ElasticIpAssociated extends CatalogRule {
    public ElasticIpAssociated(Catalog catalog) {
        super(catalog, "NET-EIP-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var ip : design.elementsOf(ElasticIp.class)) {
            if (ElasticIpAssociations.count(design, ip) == 0) {
                findings.add(finding(Values.of("eip.name", ip.name()), ip));
            }
        }
        return findings;
    }
}
