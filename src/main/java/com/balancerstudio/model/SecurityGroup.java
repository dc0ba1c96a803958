package com.balancerstudio.model;

import java.util.List;

/** A security group of a VPC with its ingress and egress rules. */
public record SecurityGroup(ElementId id, String name, ElementId parent, Rect bounds, String description,
                            List<SecurityGroupRule> ingress, List<SecurityGroupRule> egress) implements Element {
    public SecurityGroup {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        ingress = Ids.listOf(ingress);
        egress = Ids.listOf(egress);
    }

    @Override
    public List<Reference> references() {
        var builder = Reference.builder();
        for (int i = 0; i < ingress.size(); i++) {
            builder.add("ingress[" + i + "].referenced_security_group_id", ingress.get(i).referencedSecurityGroupId(), SecurityGroup.class);
        }
        for (int i = 0; i < egress.size(); i++) {
            builder.add("egress[" + i + "].referenced_security_group_id", egress.get(i).referencedSecurityGroupId(), SecurityGroup.class);
        }
        return builder.build();
    }

    @Override
    public SecurityGroup withoutReferencesTo(ElementId target) {
        return new SecurityGroup(id, name, parent, bounds, description, keep(ingress, target), keep(egress, target));
    }

    private static List<SecurityGroupRule> keep(List<SecurityGroupRule> rules, ElementId target) {
        return rules.stream().filter(r -> !target.equals(r.referencedSecurityGroupId())).toList();
    }

    @Override
    public SecurityGroup withName(String newName) {
        return new SecurityGroup(id, newName, parent, bounds, description, ingress, egress);
    }

    @Override
    public SecurityGroup withPlacement(ElementId newParent, Rect newBounds) {
        return new SecurityGroup(id, name, newParent, newBounds, description, ingress, egress);
    }
}
