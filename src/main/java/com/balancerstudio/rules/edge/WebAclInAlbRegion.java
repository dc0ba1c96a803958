package com.balancerstudio.rules.edge;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.WebAcl;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports an Application Load Balancer associated with a web ACL of another Region; AWS WAF associates a regional
 * web ACL only with resources of its own Region (ELB-WAF-002). Web ACLs of a design are all REGIONAL (the model has
 * no CloudFront-scoped ones), so the Region is the part of the condition that can go wrong here. When the ALB's
 * Region has exactly one web ACL, the quick fix switches to it.
 */
public final class WebAclInAlbRegion extends CatalogRule {
    /** The only scope a web ACL of a design has. */
    private static final String REGIONAL = "REGIONAL";

    public WebAclInAlbRegion(Catalog catalog) {
        super(catalog, "ELB-WAF-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var topology = design.topology();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            var acl = design.get(lb.webAclId(), WebAcl.class);
            if (acl == null || lb.type() != LoadBalancerType.APPLICATION) {
                continue;
            }
            var aclRegion = topology.regionOf(acl);
            var lbRegion = topology.regionOf(lb);
            if (aclRegion != null && lbRegion != null && !aclRegion.regionName().equals(lbRegion.regionName())) {
                var values = Values.of("acl.name", acl.name()).and("acl.scope", REGIONAL)
                        .and("acl.region", aclRegion.regionName()).and("lb.name", lb.name())
                        .and("lb.region", lbRegion.regionName());
                findings.add(finding(values, RegionalWebAcls.associateTheOnlyOne(design, lb), acl, lb));
            }
        }
        return findings;
    }
}
