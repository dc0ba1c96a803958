package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reports a health check protocol the target group cannot use: only HTTP or HTTPS for HTTP/HTTPS and alb-type
 * groups, TCP, HTTP or HTTPS for the layer-4 and GENEVE groups; TLS, UDP, TCP_UDP, GENEVE are never health check
 * protocols (ELB-HC-005). A Lambda group's protocol is ELB-TG-006's finding.
 */
public final class HealthCheckProtocolAllowed extends CatalogRule {
    public HealthCheckProtocolAllowed(Catalog catalog) {
        super(catalog, "ELB-HC-005");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            var protocol = group.healthCheck().protocol();
            if (protocol == null || group.targetType() == TargetType.LAMBDA) {
                continue;
            }
            if (!allowed(group).contains(protocol)) {
                findings.add(finding(Values.of("hcProtocol", protocol).and("tg.protocol", group.protocol())
                        .and("tg.targetType", group.targetType()).and("tg.name", group.name()), group));
            }
        }
        return findings;
    }

    private static Set<Protocol> allowed(TargetGroup group) {
        if (group.targetType() == TargetType.ALB || group.protocol() == null
                || HealthCheckProtocols.isHttp(group.protocol())) {
            return AwsLimits.HTTP_HEALTH_CHECK_PROTOCOLS;
        }
        return AwsLimits.LAYER4_HEALTH_CHECK_PROTOCOLS;
    }
}
