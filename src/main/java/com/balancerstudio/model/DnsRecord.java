package com.balancerstudio.model;

import java.util.List;

/**
 * A Route 53 record pointing at a load balancer, with its routing policy: an alias record (the usual way, free and
 * possible at the zone apex), or with {@code alias} false a CNAME whose value is the load balancer's DNS name.
 */
public record DnsRecord(ElementId id, String name, ElementId parent, Rect bounds, String zoneName, String recordName,
                        DnsRecordType recordType, RoutingPolicy routingPolicy, FailoverRole failoverRole,
                        String setIdentifier, ElementId aliasTargetId, boolean evaluateTargetHealth, Boolean alias)
        implements Element {
    public DnsRecord {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        if (zoneName == null || zoneName.isBlank()) {
            throw new IllegalArgumentException("zone_name is required, such as example.com");
        }
        recordName = recordName == null ? zoneName : recordName;
        recordType = recordType == null ? DnsRecordType.A : recordType;
        routingPolicy = routingPolicy == null ? RoutingPolicy.SIMPLE : routingPolicy;
        if (Boolean.FALSE.equals(alias) && recordType != DnsRecordType.CNAME) {
            throw new IllegalArgumentException("a record that is not an alias holds the load balancer's DNS name, "
                    + "which only a CNAME record can: set record_type to CNAME or make the record an alias");
        }
    }

    /** Whether Route 53 answers this record as an alias (the default) rather than with a CNAME value. */
    public boolean isAlias() {
        return !Boolean.FALSE.equals(alias);
    }

    /** Whether Route 53 looks at the load balancer's health before answering; only an alias can. */
    public boolean evaluatesTargetHealth() {
        return isAlias() && evaluateTargetHealth;
    }

    /** Whether the record is at the zone apex (its name is the hosted zone's name). */
    public boolean atZoneApex() {
        return normalized(recordName).equals(normalized(zoneName));
    }

    /** This record as an alias of the given type, keeping its target and policy. */
    public DnsRecord asAlias(DnsRecordType type) {
        return new DnsRecord(id, name, parent, bounds, zoneName, recordName, type, routingPolicy, failoverRole,
                setIdentifier, aliasTargetId, evaluateTargetHealth, null);
    }

    /** This record pointing at another load balancer. */
    public DnsRecord withTarget(ElementId loadBalancer) {
        return new DnsRecord(id, name, parent, bounds, zoneName, recordName, recordType, routingPolicy, failoverRole,
                setIdentifier, loadBalancer, evaluateTargetHealth, alias);
    }

    public DnsRecord withEvaluateTargetHealth(boolean evaluate) {
        return new DnsRecord(id, name, parent, bounds, zoneName, recordName, recordType, routingPolicy, failoverRole,
                setIdentifier, aliasTargetId, evaluate, alias);
    }

    /** A DNS name as DNS compares it: without surrounding spaces, in lower case, without the root's final dot. */
    public static String normalized(String dnsName) {
        var lower = dnsName.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    @Override
    public List<Reference> references() {
        return Reference.builder().add("alias_target_id", aliasTargetId, LoadBalancer.class).build();
    }

    @Override
    public DnsRecord withoutReferencesTo(ElementId target) {
        return new DnsRecord(id, name, parent, bounds, zoneName, recordName, recordType, routingPolicy, failoverRole,
                setIdentifier, Ids.unless(aliasTargetId, target), evaluateTargetHealth, alias);
    }

    @Override
    public DnsRecord withName(String newName) {
        return new DnsRecord(id, newName, parent, bounds, zoneName, recordName, recordType, routingPolicy, failoverRole,
                setIdentifier, aliasTargetId, evaluateTargetHealth, alias);
    }

    @Override
    public DnsRecord withPlacement(ElementId newParent, Rect newBounds) {
        return new DnsRecord(id, name, newParent, newBounds, zoneName, recordName, recordType, routingPolicy,
                failoverRole, setIdentifier, aliasTargetId, evaluateTargetHealth, alias);
    }
}
