package com.balancerstudio.rules.balancers;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

/**
 * Checks Network Load Balancer Elastic IPs: only an internet-facing NLB may have them, and an Elastic IP can back one
 * subnet mapping only. (A mapping holds a single allocation in the model, so "two per mapping" cannot be drawn.)
 */
public final class NlbElasticIpsOnlyWhenInternetFacing extends CatalogRule {
    public NlbElasticIpsOnlyWhenInternetFacing(Catalog catalog) {
        super(catalog, "ELB-NLB-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var nlbs = design.elementsOf(LoadBalancer.class).stream()
                .filter(lb -> lb.type() == LoadBalancerType.NETWORK).toList();
        // Internal balancers are told to drop their Elastic IPs outright, so only internet-facing ones compete for one.
        var uses = new HashMap<ElementId, Integer>();
        nlbs.stream().filter(LoadBalancer::internetFacing)
                .flatMap(lb -> lb.subnetMappings().stream().map(SubnetMapping::allocationId).filter(Objects::nonNull))
                .forEach(ip -> uses.merge(ip, 1, Integer::sum));
        var findings = new ArrayList<Finding>();
        for (var lb : nlbs) {
            if (lb.internal() && ElasticIpMappings.hasElasticIp(lb)) {
                findings.add(finding(Values.of("lb.name", lb.name()), ElasticIpMappings.removeElasticIps(design, lb),
                        ElasticIpMappings.withElasticIps(design, lb)));
                continue;
            }
            var shared = lb.subnetMappings().stream().map(SubnetMapping::allocationId)
                    .filter(ip -> ip != null && uses.getOrDefault(ip, 0) > 1).distinct().toList();
            if (!shared.isEmpty()) {
                // No quick fix: which mapping gives its address up, and what it takes instead, is a design choice.
                var involved = new ArrayList<Element>();
                involved.add(lb);
                shared.stream().map(design::get).filter(Objects::nonNull).forEach(involved::add);
                findings.add(finding(Values.of("lb.name", lb.name()), involved.toArray(Element[]::new)));
            }
        }
        return findings;
    }
}
