package com.balancerstudio.rules.edge;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports an internet-facing Application Load Balancer that no AWS WAF web ACL protects (ELB-WAF-004). When its
 * Region has exactly one web ACL, the quick fix associates it.
 */
public final class PublicAlbProtectedByWaf extends CatalogRule {
    public PublicAlbProtectedByWaf(Catalog catalog) {
        super(catalog, "ELB-WAF-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.APPLICATION && lb.internetFacing() && lb.webAclId() == null) {
                var fix = RegionalWebAcls.associateTheOnlyOne(design, lb);
                findings.add(finding(Values.of("lb.name", lb.name()), fix, lb));
            }
        }
        return findings;
    }
}
