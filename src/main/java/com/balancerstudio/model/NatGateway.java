package com.balancerstudio.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A NAT gateway placed in a subnet; a public one needs an Elastic IP ({@code allocationId}) and may take more
 * ({@code secondaryAllocationIds}), each giving it another public IPv4 address.
 */
public record NatGateway(ElementId id, String name, ElementId parent, Rect bounds, ConnectivityType connectivityType,
                         ElementId allocationId, List<ElementId> secondaryAllocationIds) implements Element {
    public NatGateway {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        connectivityType = connectivityType == null ? ConnectivityType.PUBLIC : connectivityType;
        secondaryAllocationIds = Ids.listOf(secondaryAllocationIds);
    }

    public boolean isPublic() {
        return connectivityType == ConnectivityType.PUBLIC;
    }

    /** The primary Elastic IP (when set) followed by the secondary ones: every address the gateway holds. */
    public List<ElementId> allAllocationIds() {
        var all = new ArrayList<ElementId>();
        if (allocationId != null) {
            all.add(allocationId);
        }
        all.addAll(secondaryAllocationIds);
        return List.copyOf(all);
    }

    /** The same gateway with another primary Elastic IP (null for none); the secondary ones stay. */
    public NatGateway withAllocation(ElementId newAllocationId) {
        return new NatGateway(id, name, parent, bounds, connectivityType, newAllocationId, secondaryAllocationIds);
    }

    @Override
    public List<Reference> references() {
        return Reference.builder()
                .add("allocation_id", allocationId, ElasticIp.class)
                .addAll("secondary_allocation_ids", secondaryAllocationIds, ElasticIp.class)
                .build();
    }

    @Override
    public NatGateway withoutReferencesTo(ElementId target) {
        return new NatGateway(id, name, parent, bounds, connectivityType, Ids.unless(allocationId, target),
                Ids.without(secondaryAllocationIds, target));
    }

    @Override
    public NatGateway withName(String newName) {
        return new NatGateway(id, newName, parent, bounds, connectivityType, allocationId, secondaryAllocationIds);
    }

    @Override
    public NatGateway withPlacement(ElementId newParent, Rect newBounds) {
        return new NatGateway(id, name, newParent, newBounds, connectivityType, allocationId, secondaryAllocationIds);
    }
}
