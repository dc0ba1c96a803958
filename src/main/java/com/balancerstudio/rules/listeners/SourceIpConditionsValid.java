package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reports a source-ip condition value that is not an IPv4 or IPv6 CIDR block, holds a wildcard, or is
 * 255.255.255.255/32 (ELB-RULE-012).
 */
public final class SourceIpConditionsValid extends CatalogRule {
    private static final Pattern IPV6_TEXT = Pattern.compile("[0-9A-Fa-f:.]+");

    public SourceIpConditionsValid(Catalog catalog) {
        super(catalog, "ELB-RULE-012");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var rule : design.elementsOf(ListenerRule.class)) {
            for (var condition : rule.conditions()) {
                if (condition.field() != ConditionField.SOURCE_IP) {
                    continue;
                }
                for (var value : condition.values()) {
                    if (!valid(value)) {
                        findings.add(finding(Values.of("value", value).and("rule", rule.name()), rule,
                                design.get(rule.parent())));
                    }
                }
            }
        }
        return findings;
    }

    static boolean valid(String value) {
        if (value == null || value.equals(AwsLimits.SOURCE_IP_REFUSED)) {
            return false;
        }
        return value.contains(":") ? ipv6Cidr(value) : ipv4Cidr(value);
    }

    private static boolean ipv4Cidr(String value) {
        try {
            Cidr.parse(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean ipv6Cidr(String value) {
        int slash = value.indexOf('/');
        if (slash < 0 || slash != value.lastIndexOf('/')) {
            return false;
        }
        var address = value.substring(0, slash);
        var prefix = value.substring(slash + 1);
        if (!prefix.matches("[0-9]{1,3}") || Integer.parseInt(prefix) > 128 || !IPV6_TEXT.matcher(address).matches()) {
            return false;
        }
        try {
            // The text holds a ':' and only address characters, so this parses a literal and never asks DNS.
            // An IPv4-mapped address (::ffff:192.0.2.1) comes back as IPv4 and is valid IPv6 text all the same.
            return InetAddress.getByName(address) != null;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
