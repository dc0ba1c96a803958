package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Quota;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Quotas;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Reports an instance or load balancer with more security groups than a network interface takes (NET-SG-003). */
public final class SecurityGroupsPerInterfaceQuota extends CatalogRule {
    public SecurityGroupsPerInterfaceQuota(Catalog catalog) {
        super(catalog, "NET-SG-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var element : design.elements()) {
            if (element instanceof Instance instance) {
                check(design, instance, "Instance " + instance.name(), instance.securityGroupIds(), findings);
            } else if (element instanceof LoadBalancer lb) {
                check(design, lb, "Load balancer " + lb.name(), lb.securityGroupIds(), findings);
            }
        }
        return findings;
    }

    private void check(Design design, Element resource, String label, List<ElementId> groups, List<Finding> findings) {
        long distinct = groups.stream().distinct().count();
        if (distinct > Quotas.of(design, Quota.SECURITY_GROUPS_PER_INTERFACE)) {
            findings.add(finding(Values.of("resource", label).and("n", distinct).and("quota", Quotas.described(design, Quota.SECURITY_GROUPS_PER_INTERFACE)), resource));
        }
    }
}
