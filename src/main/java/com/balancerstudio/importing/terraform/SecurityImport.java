package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.SecurityGroupRule;
import com.balancerstudio.model.Vpc;
import java.util.ArrayList;
import java.util.List;

/**
 * Security groups with their rules, written inline, as aws_vpc_security_group_ingress_rule/_egress_rule or as the
 * older aws_security_group_rule.
 */
final class SecurityImport {
    /** The protocol value that means every protocol and port. */
    private static final String ALL_PROTOCOLS = "-1";

    private final Assembly assembly;

    SecurityImport(Assembly assembly) {
        this.assembly = assembly;
    }

    void run() {
        assembly.each(this::securityGroup, "aws_security_group");
        assembly.each((instance, arguments) -> rule(arguments, true), "aws_vpc_security_group_ingress_rule");
        assembly.each((instance, arguments) -> rule(arguments, false), "aws_vpc_security_group_egress_rule");
        assembly.each(this::legacyRule, "aws_security_group_rule");
    }

    private void securityGroup(ResourceInstance instance, Arguments arguments) throws HclException {
        var vpc = assembly.ref(arguments, "vpc_id", Vpc.class);
        if (vpc == null) {
            throw new HclException(arguments.position(), "vpc_id is required here (a group without it is in the "
                    + "default VPC, which the configuration does not describe)");
        }
        var ingress = new ArrayList<SecurityGroupRule>();
        for (var block : arguments.blocks("ingress")) {
            ingress.addAll(inline(block));
        }
        var egress = new ArrayList<SecurityGroupRule>();
        for (var block : arguments.blocks("egress")) {
            egress.addAll(inline(block));
        }
        var name = Names.of(arguments, instance);
        assembly.add(instance, new SecurityGroup(assembly.newId(name), name, vpc.id(), null,
                arguments.text("description"), ingress, egress));
    }

    /** An inline ingress or egress block: one rule per CIDR block and per referenced group. */
    private List<SecurityGroupRule> inline(Arguments block) throws HclException {
        var protocol = protocol(block.text("protocol"));
        var from = ALL_PROTOCOLS.equals(protocol) ? null : block.integer("from_port");
        var to = ALL_PROTOCOLS.equals(protocol) ? null : block.integer("to_port");
        var description = block.text("description");
        var rules = new ArrayList<SecurityGroupRule>();
        for (var cidr : block.texts("cidr_blocks")) {
            rules.add(new SecurityGroupRule(protocol, from, to, Cidr.parse(cidr), null, description));
        }
        for (var cidr : block.texts("ipv6_cidr_blocks")) {
            rules.add(new SecurityGroupRule(protocol, from, to, null, null, description,
                    NetworkImport.ipv6Cidr(block, "ipv6_cidr_blocks", cidr)));
        }
        for (var group : assembly.refs(block, "security_groups", SecurityGroup.class)) {
            rules.add(new SecurityGroupRule(protocol, from, to, null, group.id(), description));
        }
        if (block.bool("self", false)) {
            assembly.note(block, "a rule that allows the group itself (self = true) is left out");
        }
        if (block.has("prefix_list_ids")) {
            assembly.note(block, "prefix lists in rules are left out");
        }
        return rules;
    }

    private void rule(Arguments arguments, boolean ingress) throws HclException {
        var group = assembly.ref(arguments, "security_group_id", SecurityGroup.class);
        var protocol = protocol(arguments.text("ip_protocol"));
        boolean all = ALL_PROTOCOLS.equals(protocol);
        var peer = assembly.ref(arguments, "referenced_security_group_id", SecurityGroup.class);
        var cidr = arguments.has("cidr_ipv4") ? NetworkImport.cidr(arguments, "cidr_ipv4") : null;
        var ipv6 = NetworkImport.ipv6Cidr(arguments, "cidr_ipv6");
        if (peer == null && cidr == null && ipv6 == null) {
            assembly.note(arguments, "a rule for a prefix list is left out");
            return;
        }
        add(group, ingress, new SecurityGroupRule(protocol, all ? null : arguments.integer("from_port"),
                all ? null : arguments.integer("to_port"), cidr, peer == null ? null : peer.id(),
                arguments.text("description"), ipv6));
    }

    private void legacyRule(ResourceInstance instance, Arguments arguments) throws HclException {
        var group = assembly.ref(arguments, "security_group_id", SecurityGroup.class);
        var ingress = "ingress".equals(arguments.requiredText("type"));
        var protocol = protocol(arguments.text("protocol"));
        boolean all = ALL_PROTOCOLS.equals(protocol);
        var from = all ? null : arguments.integer("from_port");
        var to = all ? null : arguments.integer("to_port");
        var description = arguments.text("description");
        for (var cidr : arguments.texts("cidr_blocks")) {
            add(group, ingress, new SecurityGroupRule(protocol, from, to, Cidr.parse(cidr), null, description));
        }
        for (var cidr : arguments.texts("ipv6_cidr_blocks")) {
            add(group, ingress, new SecurityGroupRule(protocol, from, to, null, null, description,
                    NetworkImport.ipv6Cidr(arguments, "ipv6_cidr_blocks", cidr)));
        }
        var peer = assembly.ref(arguments, "source_security_group_id", SecurityGroup.class);
        if (peer != null) {
            add(group, ingress, new SecurityGroupRule(protocol, from, to, null, peer.id(), description));
        }
    }

    private void add(SecurityGroup group, boolean ingress, SecurityGroupRule rule) {
        var current = assembly.get(group.id(), SecurityGroup.class);
        var rules = new ArrayList<>(ingress ? current.ingress() : current.egress());
        rules.add(rule);
        assembly.replace(new SecurityGroup(current.id(), current.name(), current.parent(), current.bounds(),
                current.description(), ingress ? rules : current.ingress(), ingress ? current.egress() : rules));
    }

    /** Terraform accepts "all" and protocol numbers; the design writes -1, tcp, udp and icmp. */
    private static String protocol(String text) {
        if (text == null) {
            return "tcp";
        }
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "all", "-1" -> ALL_PROTOCOLS;
            case "6" -> "tcp";
            case "17" -> "udp";
            case "1" -> "icmp";
            default -> text.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
