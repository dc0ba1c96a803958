package com.balancerstudio.rules.kinds;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.model.ZoneType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Features an Application Load Balancer lacks when it runs on an Outpost (Lambda targets, AWS WAF, sticky sessions,
 * authenticate actions) or in Local Zones (AWS WAF, Lambda targets) (ELB-ALB-006). Sources: the rule catalog's
 * ALB-SUBNETS and WAF-RES entries; "Local Zones are not supported" for Lambda targets
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html). The fix for a web ACL
 * removes it from the load balancer; the other features are how the application works, so they have no one fix.
 */
public final class AlbEdgeFeaturesAvailable extends CatalogRule {
    public AlbEdgeFeaturesAvailable(Catalog catalog) {
        super(catalog, "ELB-ALB-006");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() != LoadBalancerType.APPLICATION) {
                continue;
            }
            var types = design.topology().subnetsOf(lb).stream()
                    .map(s -> LoadBalancerZoneTypesSupported.typeOf(design, s)).toList();
            boolean outpost = types.contains(ZoneType.OUTPOST);
            if (!outpost && !types.contains(ZoneType.LOCAL_ZONE)) {
                continue;
            }
            var where = outpost ? "Outposts" : "Local Zones";
            if (lb.webAclId() != null) {
                var acl = design.get(lb.webAclId());
                var fix = Edits.change(design, lb.withoutReferencesTo(lb.webAclId()),
                        "Remove web ACL " + (acl == null ? lb.webAclId().value() : acl.name()) + " from " + lb.name());
                findings.add(finding(values("AWS WAF (web ACL " + (acl == null ? lb.webAclId().value() : acl.name())
                        + ")", where), fix, lb, acl));
            }
            for (var group : design.topology().targetGroupsOf(lb)) {
                if (group.targetType() == TargetType.LAMBDA) {
                    findings.add(finding(values("Lambda target group " + group.name(), where), lb, group));
                } else if (outpost && group.stickiness() != null && group.stickiness().enabled()) {
                    findings.add(finding(values("Sticky sessions (target group " + group.name() + ")", where), lb,
                            group));
                }
            }
            if (outpost) {
                actionFeatures(design, lb, findings, where);
            }
        }
        return findings;
    }

    /** Authenticate actions, and forwards that keep clients on one target group (group-level stickiness). */
    private void actionFeatures(Design design, LoadBalancer lb, List<Finding> findings, String where) {
        for (var listener : design.topology().listenersOf(lb)) {
            var owners = new ArrayList<Element>();
            var actions = new ArrayList<Action>();
            owners.add(listener);
            actions.add(listener.defaultAction());
            for (var rule : design.topology().rulesOf(listener)) {
                owners.add(rule);
                actions.add(rule.action());
            }
            for (int i = 0; i < owners.size(); i++) {
                var action = actions.get(i);
                if (action instanceof Action.Authenticate) {
                    findings.add(finding(values("Authentication (" + owners.get(i).name() + ")", where), lb,
                            owners.get(i)));
                } else if (action instanceof Action.Forward forward && forward.stickinessDuration() != null) {
                    findings.add(finding(values("Sticky sessions (" + owners.get(i).name() + ")", where), lb,
                            owners.get(i)));
                }
            }
        }
    }

    private static Values values(String feature, String where) {
        return Values.of("feature", feature).and("zoneType", where);
    }
}
