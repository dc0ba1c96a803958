package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.StickinessType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports application-based stickiness without a cookie name, or with one starting with a prefix the load balancer
 * reserves for its own cookies (AWSALB, AWSALBAPP, AWSALBTG) (ELB-STK-003).
 */
public final class AppCookieNameValid extends CatalogRule {
    public AppCookieNameValid(Catalog catalog) {
        super(catalog, "ELB-STK-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var stickiness = group.stickiness();
            if (stickiness == null || stickiness.type() != StickinessType.APP_COOKIE) {
                continue;
            }
            var name = stickiness.cookieName();
            if (name == null || name.isBlank()
                    || AwsLimits.RESERVED_COOKIE_PREFIXES.stream().anyMatch(name::startsWith)) {
                findings.add(finding(Values.of("name", name == null ? "" : name).and("tg.name", group.name()), group));
            }
        }
        return findings;
    }
}
