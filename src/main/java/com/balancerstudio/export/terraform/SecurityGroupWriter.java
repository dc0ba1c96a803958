package com.balancerstudio.export.terraform;

import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.SecurityGroupRule;
import java.util.List;

/**
 * Security groups, each rule as its own aws_vpc_security_group_ingress_rule or _egress_rule resource (so a rule
 * can change without replacing the others).
 */
final class SecurityGroupWriter {
    /** The protocol value that means every protocol and port. */
    private static final String ALL_PROTOCOLS = "-1";

    private final ExportContext context;

    SecurityGroupWriter(ExportContext context) {
        this.context = context;
    }

    void write() {
        context.design.elementsOf(SecurityGroup.class).forEach(this::securityGroup);
    }

    private void securityGroup(SecurityGroup group) {
        var vpc = context.topology.vpcOf(group);
        context.resource(ExportContext.SECURITY, group, new Body()
                .str("name", group.name())
                .str("description", group.description())
                .attr("vpc_id", context.plan.ref(vpc.id(), "id"))
                .attr("tags", ExportContext.tags(group.name())));
        rules(group, "ingress", group.ingress());
        rules(group, "egress", group.egress());
    }

    private void rules(SecurityGroup group, String direction, List<SecurityGroupRule> rules) {
        var own = context.plan.address(group.id());
        for (int i = 0; i < rules.size(); i++) {
            var rule = rules.get(i);
            var body = new Body()
                    .attr("security_group_id", own.attr("id"))
                    .str("description", rule.description())
                    .str("ip_protocol", rule.ipProtocol());
            if (!ALL_PROTOCOLS.equals(rule.ipProtocol())) {
                body.num("from_port", rule.fromPort()).num("to_port", rule.toPort());
            }
            if (rule.cidrIpv4() != null) {
                body.str("cidr_ipv4", rule.cidrIpv4().toString());
            } else if (rule.cidrIpv6() != null) {
                body.str("cidr_ipv6", rule.cidrIpv6().toString());
            } else {
                var peer = context.ref(group, rule.referencedSecurityGroupId(), "id", "security group");
                if (peer == null) {
                    continue;
                }
                body.attr("referenced_security_group_id", peer);
            }
            var name = group.name() + " " + direction + " " + (i + 1);
            body.attr("tags", ExportContext.tags(rule.description() == null ? name : rule.description()));
            context.resources.addZonal(ExportContext.SECURITY, "aws_vpc_security_group_" + direction + "_rule", null,
                    null, own.label() + " " + direction + " " + (i + 1), context.providers.regionOf(group), body);
        }
    }
}
