package com.balancerstudio.rules.targets;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a health check port that is neither "traffic-port" nor a number 1-65535 (ELB-HC-009); the quick fix sets
 * it back to traffic-port, the port the targets receive traffic on.
 */
public final class HealthCheckPortValid extends CatalogRule {
    public HealthCheckPortValid(Catalog catalog) {
        super(catalog, "ELB-HC-009");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var check = group.healthCheck();
            if (check.port() == null || valid(check.port())) {
                continue;
            }
            var fixed = new HealthCheck(check.enabled(), check.protocol(), AwsLimits.TRAFFIC_PORT, check.path(),
                    check.interval(), check.timeout(), check.healthyThreshold(), check.unhealthyThreshold(),
                    check.matcher());
            var fix = Edits.change(design, group.withHealthCheck(fixed),
                    "Set health check port of '" + group.name() + "' to " + AwsLimits.TRAFFIC_PORT);
            findings.add(finding(Values.of("port", "'" + check.port() + "'").and("tg.name", group.name()), fix, group));
        }
        return findings;
    }

    static boolean valid(String port) {
        if (AwsLimits.TRAFFIC_PORT.equals(port)) {
            return true;
        }
        if (!port.matches("\\d{1,5}")) {
            return false;
        }
        return AwsLimits.TARGET_GROUP_PORT.contains(Integer.parseInt(port));
    }
}
