package com.balancerstudio.model;

import java.util.List;

/** An internet gateway in a Region, attached to at most one VPC ({@code vpcId}, null when detached). */
public record InternetGateway(ElementId id, String name, ElementId parent, Rect bounds, ElementId vpcId)
        implements Element {
    public InternetGateway {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
    }

    @Override
    public List<Reference> references() {
        return Reference.builder().add("vpc_id", vpcId, Vpc.class).build();
    }

    @Override
    public InternetGateway withoutReferencesTo(ElementId target) {
        return new InternetGateway(id, name, parent, bounds, Ids.unless(vpcId, target));
    }

    @Override
    public InternetGateway withName(String newName) {
        return new InternetGateway(id, newName, parent, bounds, vpcId);
    }

    @Override
    public InternetGateway withPlacement(ElementId newParent, Rect newBounds) {
        return new InternetGateway(id, name, newParent, newBounds, vpcId);
    }
}
