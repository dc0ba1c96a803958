package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reports an instance or load balancer using a security group of another VPC (NET-SG-001). */
public final class SecurityGroupInResourceVpc extends CatalogRule {
    public SecurityGroupInResourceVpc(Catalog catalog) {
        super(catalog, "NET-SG-001");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var element : design.elements()) {
            if (element instanceof Instance instance) {
                check(design, instance, "instance " + instance.name(), instance.securityGroupIds(), findings);
            } else if (element instanceof LoadBalancer lb) {
                check(design, lb, "load balancer " + lb.name(), lb.securityGroupIds(), findings);
            }
        }
        return findings;
    }

    private void check(Design design, Element resource, String label, List<ElementId> groups, List<Finding> findings) {
        var topology = design.topology();
        var vpc = topology.vpcOf(resource);
        for (var id : groups) {
            var group = design.get(id, SecurityGroup.class);
            var groupVpc = group == null ? null : topology.vpcOf(group);
            if (vpc != null && groupVpc != null && !Objects.equals(vpc, groupVpc)) {
                findings.add(finding(Values.of("sg.name", group.name()).and("sg.vpc", groupVpc.name())
                        .and("resource", label).and("resource.vpc", vpc.name()), group, resource));
            }
        }
    }
}
