package com.balancerstudio.model;

import java.util.List;

/** A NAT gateway placed in a subnet; a public one needs an Elastic IP ({@code allocationId}). */
public record NatGateway(ElementId id, String name, ElementId parent, Rect bounds, ConnectivityType connectivityType,
                         ElementId allocationId) implements Element {
    public NatGateway {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        connectivityType = connectivityType == null ? ConnectivityType.PUBLIC : connectivityType;
    }

    public boolean isPublic() {
        return connectivityType == ConnectivityType.PUBLIC;
    }

    @Override
    public List<Reference> references() {
        return Reference.builder().add("allocation_id", allocationId, ElasticIp.class).build();
    }

    @Override
    public NatGateway withoutReferencesTo(ElementId target) {
        return new NatGateway(id, name, parent, bounds, connectivityType, Ids.unless(allocationId, target));
    }

    @Override
    public NatGateway withName(String newName) {
        return new NatGateway(id, newName, parent, bounds, connectivityType, allocationId);
    }

    @Override
    public NatGateway withPlacement(ElementId newParent, Rect newBounds) {
        return new NatGateway(id, name, newParent, newBounds, connectivityType, allocationId);
    }
}
