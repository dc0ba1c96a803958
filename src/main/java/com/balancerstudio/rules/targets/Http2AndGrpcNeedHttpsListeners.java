package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reports an HTTP2 or gRPC target group that a non-HTTPS listener forwards to, or whose targets are not instances or
 * IP addresses (ELB-TG-010).
 */
public final class Http2AndGrpcNeedHttpsListeners extends CatalogRule {
    public Http2AndGrpcNeedHttpsListeners(Catalog catalog) {
        super(catalog, "ELB-TG-010");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        var forwarders = Forwarders.in(design);
        for (var group : design.elementsOf(TargetGroup.class)) {
            var version = group.protocolVersion();
            if (version == null || !AwsLimits.HTTPS_ONLY_PROTOCOL_VERSIONS.contains(version.toUpperCase(Locale.ROOT))) {
                continue;
            }
            var involved = new ArrayList<Element>();
            involved.add(group);
            forwarders.of(group).stream().filter(l -> l.protocol() != Protocol.HTTPS).forEach(involved::add);
            boolean wrongTargets = group.targetType() != TargetType.INSTANCE && group.targetType() != TargetType.IP;
            if (involved.size() > 1 || wrongTargets) {
                findings.add(finding(Values.of("tg.protocolVersion", version).and("tg.name", group.name()),
                        involved.toArray(Element[]::new)));
            }
        }
        return findings;
    }
}
