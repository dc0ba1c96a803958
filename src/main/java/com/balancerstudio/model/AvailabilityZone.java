package com.balancerstudio.model;

/** An Availability Zone (e.g. us-east-1a) drawn inside a VPC; it holds that VPC's subnets in the zone. */
public record AvailabilityZone(ElementId id, String name, ElementId parent, Rect bounds, String zoneName)
        implements Element {
    public AvailabilityZone {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        if (zoneName == null || zoneName.isBlank()) {
            throw new IllegalArgumentException("zone_name is required, such as us-east-1a");
        }
    }

    @Override
    public AvailabilityZone withName(String newName) {
        return new AvailabilityZone(id, newName, parent, bounds, zoneName);
    }

    @Override
    public AvailabilityZone withPlacement(ElementId newParent, Rect newBounds) {
        return new AvailabilityZone(id, name, newParent, newBounds, zoneName);
    }
}
