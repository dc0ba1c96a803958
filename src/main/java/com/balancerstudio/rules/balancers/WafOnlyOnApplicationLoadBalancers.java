package com.balancerstudio.rules.balancers;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Refuses a WAF web ACL on a Network, Gateway or Classic Load Balancer, which AWS WAF cannot protect. */
public final class WafOnlyOnApplicationLoadBalancers extends CatalogRule {
    public WafOnlyOnApplicationLoadBalancers(Catalog catalog) {
        super(catalog, "ELB-WAF-001");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.webAclId() != null && lb.type() != LoadBalancerType.APPLICATION) {
                var webAcl = design.get(lb.webAclId());
                var aclName = webAcl == null ? lb.webAclId().value() : webAcl.name();
                var label = "Remove web ACL " + aclName + " from " + lb.name();
                findings.add(finding(Values.of("lb.type", lb.type().displayName()),
                        Edits.change(design, lb.withoutReferencesTo(lb.webAclId()), label), lb, webAcl));
            }
        }
        return findings;
    }
}
