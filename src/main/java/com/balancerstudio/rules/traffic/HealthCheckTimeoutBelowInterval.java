package com.balancerstudio.rules.traffic;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.HealthCheckDefaults;
import com.balancerstudio.rules.TargetGroupKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a target group or Classic Load Balancer health check whose timeout, with AWS defaults filled in, is not
 * shorter than its interval (ELB-HC-003).
 */
public final class HealthCheckTimeoutBelowInterval extends CatalogRule {
    public HealthCheckTimeoutBelowInterval(Catalog catalog) {
        super(catalog, "ELB-HC-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var element : design.elements()) {
            if (element instanceof TargetGroup group) {
                var kind = TargetGroupKind.of(design, group);
                var effective = HealthCheckDefaults.effective(group.healthCheck(), kind, group.targetType(),
                        group.protocol());
                var defaults = HealthCheckDefaults.defaults(kind, group.targetType(),
                        group.healthCheck().protocol() != null ? group.healthCheck().protocol() : group.protocol());
                check(design, group, "target group " + group.name(), group.healthCheck(), effective,
                        defaults.timeout(), AwsLimits.HEALTH_CHECK_TIMEOUT, findings);
            } else if (element instanceof LoadBalancer lb && lb.type() == LoadBalancerType.CLASSIC) {
                var own = lb.healthCheck() == null ? HealthCheck.DEFAULTS : lb.healthCheck();
                var effective = HealthCheckDefaults.effective(own, lb.type(), TargetType.INSTANCE, null);
                var defaults = HealthCheckDefaults.defaults(lb.type(), TargetType.INSTANCE, null);
                check(design, lb, "load balancer " + lb.name(), own, effective, defaults.timeout(),
                        AwsLimits.CLASSIC_HEALTH_CHECK_TIMEOUT, findings);
            }
        }
        return findings;
    }

    private void check(Design design, Element owner, String label, HealthCheck check,
                       HealthCheckDefaults.Effective effective, int defaultTimeout, AwsLimits.Range timeouts,
                       List<Finding> findings) {
        if (effective.timeout() < effective.interval()) {
            return;
        }
        var values = Values.of("interval", effective.interval()).and("timeout", effective.timeout()).and("owner", label);
        findings.add(finding(values, quickFix(design, owner, check, effective.interval(), defaultTimeout, timeouts), owner));
    }

    /** Lowers the timeout to the kind's default, or to just under the interval when the default is not shorter. */
    private static Edit quickFix(Design design, Element owner, HealthCheck check, int interval, int defaultTimeout,
                                 AwsLimits.Range timeouts) {
        int timeout = Math.min(defaultTimeout, interval - 1);
        if (!timeouts.contains(timeout)) {
            return null;
        }
        var lowered = new HealthCheck(check.enabled(), check.protocol(), check.port(), check.path(), check.interval(),
                timeout, check.healthyThreshold(), check.unhealthyThreshold(), check.matcher());
        Element changed;
        if (owner instanceof TargetGroup group) {
            changed = group.withHealthCheck(lowered);
        } else {
            var lb = (LoadBalancer) owner;
            changed = lb.withHealthCheck(lowered);
        }
        return Edits.change(design, changed, "Set health check timeout of '" + owner.name() + "' to " + timeout + " s");
    }
}
