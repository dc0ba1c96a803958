package com.balancerstudio.rules.kinds;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Refuses security groups on a Gateway Load Balancer (ELB-GWLB-002), which cannot have any. */
public final class GatewayLoadBalancerWithoutSecurityGroups extends CatalogRule {
    public GatewayLoadBalancerWithoutSecurityGroups(Catalog catalog) {
        super(catalog, "ELB-GWLB-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.GATEWAY && !lb.securityGroupIds().isEmpty()) {
                var involved = new ArrayList<Element>();
                involved.add(lb);
                lb.securityGroupIds().stream().map(id -> design.get(id, SecurityGroup.class))
                        .filter(java.util.Objects::nonNull).forEach(involved::add);
                var fix = Edits.change(design, lb.withSecurityGroups(List.of()),
                        "Remove the security groups of '" + lb.name() + "'");
                findings.add(finding(Values.of("lb.name", lb.name()), fix, involved.toArray(Element[]::new)));
            }
        }
        return findings;
    }
}
