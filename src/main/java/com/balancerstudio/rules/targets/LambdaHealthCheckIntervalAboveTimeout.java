package com.balancerstudio.rules.targets;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.LambdaFunction;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.HealthCheckDefaults;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns about a Lambda target group whose health checks come at most as often as its function may run: the interval
 * must be greater than the function timeout (ELB-HC-012; the Terraform aws_lb_target_group health_check documents the
 * same). Only functions of the design are checked, with the Lambda default timeout when theirs is unset. The quick fix
 * sets the interval one second above the timeout when that is still a valid interval.
 */
public final class LambdaHealthCheckIntervalAboveTimeout extends CatalogRule {
    public LambdaHealthCheckIntervalAboveTimeout(Catalog catalog) {
        super(catalog, "ELB-HC-012");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var check = group.healthCheck();
            if (!Boolean.TRUE.equals(check.enabled())) {
                continue;
            }
            // Lambda target groups are behind Application Load Balancers only.
            int interval = HealthCheckDefaults.effective(check, LoadBalancerType.APPLICATION, group.targetType(),
                    group.protocol()).interval();
            for (var function : LambdaFunction.registeredWith(design, group)) {
                int timeout = function.timeout() == null ? AwsLimits.LAMBDA_TIMEOUT_DEFAULT : function.timeout();
                if (interval <= timeout) {
                    findings.add(finding(Values.of("tg.name", group.name()), quickFix(design, group, timeout),
                            group, function));
                }
            }
        }
        return findings;
    }

    private static Edit quickFix(Design design, TargetGroup group, int timeout) {
        int interval = timeout + 1;
        if (interval > AwsLimits.HEALTH_CHECK_INTERVAL.max()) {
            return null;
        }
        var c = group.healthCheck();
        var check = new HealthCheck(c.enabled(), c.protocol(), c.port(), c.path(), interval, c.timeout(),
                c.healthyThreshold(), c.unhealthyThreshold(), c.matcher());
        return Edits.change(design, group.withHealthCheck(check),
                "Check the health of '" + group.name() + "' every " + interval + " seconds");
    }
}
