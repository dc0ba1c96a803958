package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.Quota;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Quotas;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a security group with more inbound or outbound rules than the default quota (NET-SG-002). Rules in the
 * design are IPv4 or group references, counted together in each direction.
 */
public final class SecurityGroupRulesQuota extends CatalogRule {
    public SecurityGroupRulesQuota(Catalog catalog) {
        super(catalog, "NET-SG-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(SecurityGroup.class)) {
            check(design, group, group.ingress().size(), "inbound", findings);
            check(design, group, group.egress().size(), "outbound", findings);
        }
        return findings;
    }

    private void check(Design design, SecurityGroup group, int rules, String direction, List<Finding> findings) {
        if (rules > Quotas.of(design, Quota.RULES_PER_SECURITY_GROUP)) {
            findings.add(finding(Values.of("sg.name", group.name()).and("n", rules).and("direction", direction).and("quota", Quotas.described(design, Quota.RULES_PER_SECURITY_GROUP)), group));
        }
    }
}
