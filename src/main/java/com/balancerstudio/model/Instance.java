package com.balancerstudio.model;

import java.util.List;

/**
 * An EC2 instance in a subnet; its Availability Zone is the subnet's. {@code instanceState} null means running, as a
 * launched instance is.
 */
public record Instance(ElementId id, String name, ElementId parent, Rect bounds, String instanceType,
                       Boolean associatePublicIpAddress, List<ElementId> securityGroupIds, ElementId elasticIpId,
                       InstanceState instanceState)
        implements Element {
    public Instance {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        instanceType = instanceType == null ? "t3.micro" : instanceType;
        securityGroupIds = Ids.listOf(securityGroupIds);
    }

    public static Instance of(ElementId id, String name, ElementId subnet, Rect bounds) {
        return new Instance(id, name, subnet, bounds, null, null, List.of(), null, null);
    }

    /** Whether the instance runs (the default): a stopped one takes no traffic and passes no health check. */
    public boolean running() {
        return instanceState != InstanceState.STOPPED;
    }

    /** The same instance in another state (null for the default, running). */
    public Instance withState(InstanceState newState) {
        return new Instance(id, name, parent, bounds, instanceType, associatePublicIpAddress, securityGroupIds,
                elasticIpId, newState);
    }

    @Override
    public List<Reference> references() {
        return Reference.builder()
                .addAll("security_group_ids", securityGroupIds, SecurityGroup.class)
                .add("elastic_ip_id", elasticIpId, ElasticIp.class)
                .build();
    }

    @Override
    public Instance withoutReferencesTo(ElementId target) {
        return new Instance(id, name, parent, bounds, instanceType, associatePublicIpAddress,
                Ids.without(securityGroupIds, target), Ids.unless(elasticIpId, target), instanceState);
    }

    @Override
    public Instance withName(String newName) {
        return new Instance(id, newName, parent, bounds, instanceType, associatePublicIpAddress, securityGroupIds,
                elasticIpId, instanceState);
    }

    @Override
    public Instance withPlacement(ElementId newParent, Rect newBounds) {
        return new Instance(id, name, newParent, newBounds, instanceType, associatePublicIpAddress, securityGroupIds,
                elasticIpId, instanceState);
    }
}
