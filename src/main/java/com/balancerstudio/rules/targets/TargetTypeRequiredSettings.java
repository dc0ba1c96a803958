package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a target group that lacks what its target type requires (protocol, port 1-65535 and VPC for instance, IP
 * and ALB targets) or sets what a Lambda target group must omit (port, protocol, protocol version, health check
 * port and protocol) (ELB-TG-006). A Lambda group is drawn in a VPC but the VPC is never sent to AWS for it.
 */
public final class TargetTypeRequiredSettings extends CatalogRule {
    public TargetTypeRequiredSettings(Catalog catalog) {
        super(catalog, "ELB-TG-006");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            if (group.targetType() == TargetType.LAMBDA) {
                var check = group.healthCheck();
                report(findings, group, group.port() != null, "port", "not allowed");
                report(findings, group, group.protocol() != null, "protocol", "not allowed");
                report(findings, group, group.protocolVersion() != null, "protocol version", "not allowed");
                report(findings, group, check.port() != null, "health check port", "not allowed");
                report(findings, group, check.protocol() != null, "health check protocol", "not allowed");
            } else {
                report(findings, group, group.protocol() == null, "protocol", "required");
                report(findings, group, group.port() == null || !AwsLimits.TARGET_GROUP_PORT.contains(group.port()),
                        "port (1-65535)", "required");
                report(findings, group, design.topology().vpcOf(group) == null, "VPC", "required");
            }
        }
        return findings;
    }

    private void report(List<Finding> findings, TargetGroup group, boolean wrong, String field, String wording) {
        if (wrong) {
            var values = Values.of("tg.name", group.name()).and("field", field)
                    .and("tg.targetType", group.targetType());
            findings.add(Wording.choose(finding(values, group), wording));
        }
    }
}
