package com.balancerstudio.model;

/**
 * An Elastic IP allocated in a Region. It is associated by being referenced: from a NAT gateway's allocation, a
 * Network Load Balancer subnet mapping or an instance. {@code networkBorderGroup} is where AWS advertises the
 * address from; null means the Region itself, as AWS allocates by default.
 */
public record ElasticIp(ElementId id, String name, ElementId parent, Rect bounds, String networkBorderGroup)
        implements Element {
    public ElasticIp {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        networkBorderGroup = networkBorderGroup == null || networkBorderGroup.isBlank() ? null
                : networkBorderGroup.strip();
    }

    @Override
    public ElasticIp withName(String newName) {
        return new ElasticIp(id, newName, parent, bounds, networkBorderGroup);
    }

    @Override
    public ElasticIp withPlacement(ElementId newParent, Rect newBounds) {
        return new ElasticIp(id, name, newParent, newBounds, networkBorderGroup);
    }
}
