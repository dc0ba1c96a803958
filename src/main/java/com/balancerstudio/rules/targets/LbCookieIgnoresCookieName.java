package com.balancerstudio.rules.targets;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Stickiness;
import com.balancerstudio.model.StickinessType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns that a cookie name set for duration-based (lb_cookie) stickiness is ignored, since the load balancer always
 * names its cookie AWSALB (ELB-STK-004); the quick fix removes the name.
 */
public final class LbCookieIgnoresCookieName extends CatalogRule {
    public LbCookieIgnoresCookieName(Catalog catalog) {
        super(catalog, "ELB-STK-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var stickiness = group.stickiness();
            if (stickiness == null || stickiness.type() != StickinessType.LB_COOKIE
                    || stickiness.cookieName() == null || stickiness.cookieName().isEmpty()) {
                continue;
            }
            var without = new Stickiness(stickiness.enabled(), stickiness.type(), stickiness.cookieDuration(), null);
            var fix = Edits.change(design, group.withStickiness(without),
                    "Remove cookie name of '" + group.name() + "'");
            findings.add(finding(Values.of("tg.name", group.name()), fix, group));
        }
        return findings;
    }
}
