package com.balancerstudio.rules.network;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.Element;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Checks that no Elastic IP is associated with more than one resource at a time (NET-EIP-002). */
public final class ElasticIpSingleAssociation extends CatalogRule {
    public ElasticIpSingleAssociation(Catalog catalog) {
        super(catalog, "NET-EIP-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var ip : design.elementsOf(ElasticIp.class)) {
            int associations = ElasticIpAssociations.count(design, ip);
            if (associations > 1) {
                var elements = new ArrayList<Element>();
                elements.add(ip);
                elements.addAll(ElasticIpAssociations.holders(design, ip));
                // Which holder keeps the address is the designer's choice, and a new one counts against the quota.
                findings.add(finding(Values.of("eip.name", ip.name()).and("n", associations),
                        elements.toArray(Element[]::new)));
            }
        }
        return findings;
    }
}
