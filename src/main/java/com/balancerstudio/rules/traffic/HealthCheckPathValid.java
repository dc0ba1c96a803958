package com.balancerstudio.rules.traffic;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a target group health check path AWS refuses: empty, relative or too long for HTTP/HTTPS, not a
 * /package.service/method for gRPC, or set at all for a TCP health check (ELB-HC-006).
 */
public final class HealthCheckPathValid extends CatalogRule {
    public HealthCheckPathValid(Catalog catalog) {
        super(catalog, "ELB-HC-006");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var check = group.healthCheck();
            var path = check.path();
            if (path == null || valid(group, path)) {
                continue;
            }
            findings.add(finding(Values.of("path", path).and("tg.name", group.name()),
                    quickFix(design, group, path), group));
        }
        return findings;
    }

    private static boolean valid(TargetGroup group, String path) {
        if (checksOverTcp(group)) {
            return false;
        }
        if (path.isEmpty() || path.length() > AwsLimits.HEALTH_CHECK_PATH_MAX_LENGTH) {
            return false;
        }
        if (AwsLimits.GRPC_PROTOCOL_VERSION.equalsIgnoreCase(group.protocolVersion())) {
            return AwsLimits.GRPC_HEALTH_CHECK_PATH.matcher(path).matches();
        }
        return path.startsWith("/");
    }

    /**
     * An unset health check protocol is HTTP for HTTP/HTTPS (and Lambda) target groups and TCP for the others
     * (https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html).
     */
    private static boolean checksOverTcp(TargetGroup group) {
        var protocol = group.healthCheck().protocol();
        if (protocol != null) {
            return protocol == Protocol.TCP;
        }
        return group.protocol() != null && group.protocol() != Protocol.HTTP && group.protocol() != Protocol.HTTPS;
    }

    /** Drops a path AWS would not use anyway (TCP, blank), or makes a relative HTTP path absolute. */
    private static Edit quickFix(Design design, TargetGroup group, String path) {
        String fixed;
        if (checksOverTcp(group) || path.isBlank()) {
            fixed = null;
        } else if (!path.startsWith("/") && valid(group, "/" + path)) {
            fixed = "/" + path;
        } else {
            return null;
        }
        var check = group.healthCheck();
        var changed = group.withHealthCheck(new HealthCheck(check.enabled(), check.protocol(), check.port(), fixed,
                check.interval(), check.timeout(), check.healthyThreshold(), check.unhealthyThreshold(),
                check.matcher()));
        var label = fixed == null ? "Remove health check path of '" + group.name() + "'"
                : "Set health check path of '" + group.name() + "' to " + fixed;
        return Edits.change(design, changed, label);
    }
}
