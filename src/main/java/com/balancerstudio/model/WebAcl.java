package com.balancerstudio.model;

/**
 * An AWS WAF web ACL drawn in a Region; load balancers name it in their web_acl_id. Its scope is REGIONAL unless it
 * is one made for CloudFront.
 */
public record WebAcl(ElementId id, String name, ElementId parent, Rect bounds, WafScope scope) implements Element {
    public WebAcl {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        scope = scope == null ? WafScope.REGIONAL : scope;
    }

    @Override
    public WebAcl withName(String newName) {
        return new WebAcl(id, newName, parent, bounds, scope);
    }

    @Override
    public WebAcl withPlacement(ElementId newParent, Rect newBounds) {
        return new WebAcl(id, name, newParent, newBounds, scope);
    }
}
