package com.balancerstudio.model;

/**
 * An Elastic IP allocated in a Region. It is associated by being referenced: from a NAT gateway's allocation, a
 * Network Load Balancer subnet mapping or an instance.
 */
public record ElasticIp(ElementId id, String name, ElementId parent, Rect bounds) implements Element {
    public ElasticIp {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
    }

    @Override
    public ElasticIp withName(String newName) {
        return new ElasticIp(id, newName, parent, bounds);
    }

    @Override
    public ElasticIp withPlacement(ElementId newParent, Rect newBounds) {
        return new ElasticIp(id, name, newParent, newBounds);
    }
}
