package com.balancerstudio.model;

/** An AWS Region (e.g. us-east-1): the top-level container of VPCs, Elastic IPs, certificates and web ACLs. */
public record Region(ElementId id, String name, ElementId parent, Rect bounds, String regionName) implements Element {
    public Region {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        if (regionName == null || !regionName.matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
            throw new IllegalArgumentException("region_name '" + regionName + "' is not an AWS Region code such as us-east-1");
        }
    }

    @Override
    public Region withName(String newName) {
        return new Region(id, newName, parent, bounds, regionName);
    }

    @Override
    public Region withPlacement(ElementId newParent, Rect newBounds) {
        return new Region(id, name, newParent, newBounds, regionName);
    }
}
