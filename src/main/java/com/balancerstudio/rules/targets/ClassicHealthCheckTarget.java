package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reports a Classic Load Balancer health check whose ping target (PROTOCOL:PORT[/path], built from the health
 * check's protocol, port and path) AWS refuses: a protocol other than TCP, SSL, HTTP or HTTPS, a port outside
 * 1-65535, a path on a TCP or SSL check, a path that is not absolute, or more than 1024 characters (ELB-HC-013).
 */
public final class ClassicHealthCheckTarget extends CatalogRule {
    public ClassicHealthCheckTarget(Catalog catalog) {
        super(catalog, "ELB-HC-013");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            var check = lb.healthCheck();
            if (lb.type() != LoadBalancerType.CLASSIC || check == null || valid(check)) {
                continue;
            }
            findings.add(finding(Values.of("target", target(check)), lb));
        }
        return findings;
    }

    private static boolean valid(HealthCheck check) {
        var protocol = check.protocol();
        if (protocol != null && !AwsLimits.CLASSIC_HEALTH_CHECK_PROTOCOLS.contains(protocol)) {
            return false;
        }
        if (check.port() != null && !(check.port().matches("\\d{1,5}")
                && AwsLimits.LISTENER_PORT.contains(Integer.parseInt(check.port())))) {
            return false;
        }
        var path = check.path();
        if (path != null) {
            boolean http = protocol == Protocol.HTTP || protocol == Protocol.HTTPS;
            if (!http || !path.startsWith("/")) {
                return false;
            }
        }
        return target(check).length() <= AwsLimits.CLASSIC_HEALTH_CHECK_TARGET_MAX_LENGTH;
    }

    /** The ping target as the design describes it, with what is unset shown as AWS's default (TCP:80). */
    private static String target(HealthCheck check) {
        var protocol = check.protocol() == null ? "TCP" : check.protocol().value().toUpperCase(Locale.ROOT);
        var port = check.port() == null ? "80" : check.port();
        return protocol + ":" + port + (check.path() == null ? "" : check.path());
    }
}
