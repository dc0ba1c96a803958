package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An Availability Zone (e.g. us-east-1a) drawn inside a VPC; it holds that VPC's subnets in the zone. Its
 * {@code zoneType} says when it is instead a Local Zone (us-west-2-lax-1a), a Wavelength Zone or an Outpost; null in
 * the constructor means an ordinary Availability Zone, which the design file leaves unwritten.
 */
public record AvailabilityZone(ElementId id, String name, ElementId parent, Rect bounds, String zoneName,
                               @JsonInclude(value = JsonInclude.Include.CUSTOM,
                                       valueFilter = OrdinaryZone.class) ZoneType zoneType)
        implements Element {
    public AvailabilityZone {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        if (zoneName == null || zoneName.isBlank()) {
            throw new IllegalArgumentException("zone_name is required, such as us-east-1a");
        }
        zoneType = zoneType == null ? ZoneType.AVAILABILITY_ZONE : zoneType;
    }

    /** An ordinary Availability Zone in the parent VPC. */
    public AvailabilityZone(ElementId id, String name, ElementId parent, Rect bounds, String zoneName) {
        this(id, name, parent, bounds, zoneName, null);
    }

    @Override
    public AvailabilityZone withName(String newName) {
        return new AvailabilityZone(id, newName, parent, bounds, zoneName, zoneType);
    }

    @Override
    public AvailabilityZone withPlacement(ElementId newParent, Rect newBounds) {
        return new AvailabilityZone(id, name, newParent, newBounds, zoneName, zoneType);
    }

    /** Jackson's value filter: equal (so left out of the file) to the ordinary zone type. */
    static final class OrdinaryZone {
        @Override
        public boolean equals(Object value) {
            return value == null || value == ZoneType.AVAILABILITY_ZONE;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
