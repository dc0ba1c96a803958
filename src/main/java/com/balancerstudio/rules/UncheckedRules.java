package com.balancerstudio.rules;

import java.util.Map;
import java.util.Optional;

/**
 * Why the catalog rules that validation does not check are not checked: a design cannot break them (the model or the
 * design file rules the situation out), the Terraform import reports them instead, or a design does not hold the
 * facts they need. Every catalog rule is either checked by the core rule set or explained here.
 */
public final class UncheckedRules {
    private static final Map<String, String> REASONS = Map.of(
            "NET-NAT-010", "Enforced by the design file: a NAT gateway has no security groups, and a file that gives "
                    + "one security_group_ids is refused with this rule's message.",
            "NET-EIP-005", "Cannot arise: an Elastic IP of a design is always an IPv4 address.",
            "ELB-WAF-003", "Cannot arise in a design, which holds one web ACL per load balancer; the Terraform import "
                    + "reports a configuration that associates an ALB with two.",
            "ELB-TGT-003", "Not checkable: a design does not know the IP addresses AWS gives a load balancer's nodes, "
                    + "so it cannot tell that an IP target is one of them.",
            "ELB-STK-008", "Not checkable: an ALB reaches another ALB only through IP targets, which a design cannot "
                    + "tie to a load balancer (see ELB-TGT-003).",
            "NET-REG-004", "Not checkable: a design describes one AWS account, and zone names map to zone IDs per "
                    + "account.");

    private UncheckedRules() {
    }

    /** Why the rule is not checked by validation; empty for a rule that is (or should be) checked. */
    public static Optional<String> reason(String ruleId) {
        return Optional.ofNullable(REASONS.get(ruleId));
    }

    public static java.util.Set<String> ids() {
        return REASONS.keySet();
    }
}
