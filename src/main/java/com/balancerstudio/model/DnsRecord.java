package com.balancerstudio.model;

import java.util.List;

/** A Route 53 alias record pointing at a load balancer, with its routing policy. */
public record DnsRecord(ElementId id, String name, ElementId parent, Rect bounds, String zoneName, String recordName,
                        DnsRecordType recordType, RoutingPolicy routingPolicy, FailoverRole failoverRole,
                        String setIdentifier, ElementId aliasTargetId, boolean evaluateTargetHealth)
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
    }

    @Override
    public List<Reference> references() {
        return Reference.builder().add("alias_target_id", aliasTargetId, LoadBalancer.class).build();
    }

    @Override
    public DnsRecord withoutReferencesTo(ElementId target) {
        return new DnsRecord(id, name, parent, bounds, zoneName, recordName, recordType, routingPolicy, failoverRole,
                setIdentifier, Ids.unless(aliasTargetId, target), evaluateTargetHealth);
    }

    @Override
    public DnsRecord withName(String newName) {
        return new DnsRecord(id, newName, parent, bounds, zoneName, recordName, recordType, routingPolicy, failoverRole,
                setIdentifier, aliasTargetId, evaluateTargetHealth);
    }

    @Override
    public DnsRecord withPlacement(ElementId newParent, Rect newBounds) {
        return new DnsRecord(id, name, newParent, newBounds, zoneName, recordName, recordType, routingPolicy,
                failoverRole, setIdentifier, aliasTargetId, evaluateTargetHealth);
    }
}
