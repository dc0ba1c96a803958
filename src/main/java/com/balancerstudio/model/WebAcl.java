package com.balancerstudio.model;

/** An AWS WAF web ACL with regional scope; load balancers name it in their web_acl_id. */
public record WebAcl(ElementId id, String name, ElementId parent, Rect bounds) implements Element {
    public WebAcl {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
    }

    @Override
    public WebAcl withName(String newName) {
        return new WebAcl(id, newName, parent, bounds);
    }

    @Override
    public WebAcl withPlacement(ElementId newParent, Rect newBounds) {
        return new WebAcl(id, name, newParent, newBounds);
    }
}
