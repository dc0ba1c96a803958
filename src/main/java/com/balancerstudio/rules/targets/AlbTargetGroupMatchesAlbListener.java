package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reports an alb-type target group (an NLB forwarding to an ALB) whose port is not a listener port of that ALB, or
 * whose health check port and protocol do not reach a listener of the ALB with that protocol (ELB-HC-014).
 */
public final class AlbTargetGroupMatchesAlbListener extends CatalogRule {
    public AlbTargetGroupMatchesAlbListener(Catalog catalog) {
        super(catalog, "ELB-HC-014");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            if (group.targetType() != TargetType.ALB || group.port() == null) {
                continue;
            }
            for (var target : group.targets()) {
                var alb = target.targetId() == null ? null : design.get(target.targetId(), LoadBalancer.class);
                if (alb != null && alb.type() == LoadBalancerType.APPLICATION && !matches(design, group, alb)) {
                    findings.add(finding(Values.of("tg.name", group.name()).and("port", group.port())
                            .and("alb.name", alb.name()), group, alb));
                }
            }
        }
        return findings;
    }

    private static boolean matches(Design design, TargetGroup group, LoadBalancer alb) {
        var listeners = design.topology().listenersOf(alb);
        if (listeners.stream().noneMatch(l -> Objects.equals(l.port(), group.port()))) {
            return false;
        }
        var checkPort = group.healthCheck().port();
        Integer port;
        if (checkPort == null || AwsLimits.TRAFFIC_PORT.equals(checkPort)) {
            port = group.port();
        } else if (HealthCheckPortValid.valid(checkPort)) {
            port = Integer.valueOf(checkPort);
        } else {
            return true; // an unreadable port is ELB-HC-009's finding
        }
        var protocol = HealthCheckProtocols.effective(group);
        return listeners.stream().anyMatch(l -> port.equals(l.port()) && l.protocol() == protocol);
    }
}
