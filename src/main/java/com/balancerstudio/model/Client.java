package com.balancerstudio.model;

import java.util.List;

/** Where requests come from (the internet or an on-premises network), and what they are sent to. */
public record Client(ElementId id, String name, ElementId parent, Rect bounds, ClientKind kind, ElementId targetId)
        implements Element {
    public Client {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        kind = kind == null ? ClientKind.INTERNET : kind;
    }

    @Override
    public List<Reference> references() {
        return Reference.builder().add("target_id", targetId, LoadBalancer.class, DnsRecord.class).build();
    }

    @Override
    public Client withoutReferencesTo(ElementId target) {
        return new Client(id, name, parent, bounds, kind, Ids.unless(targetId, target));
    }

    @Override
    public Client withName(String newName) {
        return new Client(id, newName, parent, bounds, kind, targetId);
    }

    @Override
    public Client withPlacement(ElementId newParent, Rect newBounds) {
        return new Client(id, name, newParent, newBounds, kind, targetId);
    }
}
