package com.balancerstudio.rules.edge;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.WafScope;
import com.balancerstudio.model.WebAcl;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports an Application Load Balancer associated with a web ACL it cannot use: a CLOUDFRONT-scoped one (those
 * protect CloudFront distributions only), or a regional one of another Region, since AWS WAF associates a regional
 * web ACL only with resources of its own Region (ELB-WAF-002). When the ALB's Region has exactly one REGIONAL web
 * ACL, the quick fix switches to it.
 */
public final class WebAclInAlbRegion extends CatalogRule {
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
            if (aclRegion == null || lbRegion == null) {
                continue;
            }
            if (acl.scope() != WafScope.REGIONAL || !aclRegion.regionName().equals(lbRegion.regionName())) {
                var values = Values.of("acl.name", acl.name()).and("acl.scope", acl.scope().value())
                        .and("acl.region", aclRegion.regionName()).and("lb.name", lb.name())
                        .and("lb.region", lbRegion.regionName());
                findings.add(finding(values, RegionalWebAcls.associateTheOnlyOne(design, lb), acl, lb));
            }
        }
        return findings;
    }
}
