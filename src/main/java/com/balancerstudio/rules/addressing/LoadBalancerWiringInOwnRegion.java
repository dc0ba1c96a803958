package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Certificate;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.WebAcl;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reports a security group, target group, certificate, web ACL or Elastic IP wired to a load balancer from another
 * Region (NET-REG-003). Subnets of another VPC are LoadBalancerSubnetsInOwnVpc's; the access-log bucket has no Region
 * in the design.
 */
public final class LoadBalancerWiringInOwnRegion extends CatalogRule {
    public LoadBalancerWiringInOwnRegion(Catalog catalog) {
        super(catalog, "NET-REG-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var topology = design.topology();
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            var region = topology.regionOf(lb);
            if (region == null) {
                continue;
            }
            for (var wired : wiredTo(design, lb)) {
                var elsewhere = topology.regionOf(wired);
                if (elsewhere != null && !elsewhere.equals(region)) {
                    findings.add(finding(values(wired, elsewhere, lb, region), wired, lb));
                }
            }
        }
        return findings;
    }

    private static Values values(Element wired, Region elsewhere, LoadBalancer lb, Region region) {
        return Values.of("resource", wired.kindLabel() + " " + wired.name())
                .and("resource.region", elsewhere.regionName()).and("lb.name", lb.name())
                .and("lb.region", region.regionName());
    }

    private static List<Element> wiredTo(Design design, LoadBalancer lb) {
        var wired = new LinkedHashSet<Element>();
        lb.securityGroupIds().forEach(id -> addIf(design, id, SecurityGroup.class, wired));
        lb.subnetMappings().forEach(mapping -> addIf(design, mapping.allocationId(), ElasticIp.class, wired));
        addIf(design, lb.webAclId(), WebAcl.class, wired);
        for (var listener : design.topology().listenersOf(lb)) {
            addIf(design, listener.certificateId(), Certificate.class, wired);
            listener.additionalCertificateIds().forEach(id -> addIf(design, id, Certificate.class, wired));
        }
        wired.addAll(design.topology().targetGroupsOf(lb));
        return List.copyOf(wired);
    }

    private static <T extends Element> void addIf(Design design, ElementId id, Class<T> type, LinkedHashSet<Element> out) {
        var element = design.get(id, type);
        if (element != null) {
            out.add(element);
        }
    }
}
