package com.balancerstudio.rules.kinds;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reminds that the Elastic IPs and private addresses of a Network Load Balancer's subnet mappings are chosen once, at
 * creation (ELB-NLB-004).
 */
public final class NlbStaticAddressesFixed extends CatalogRule {
    public NlbStaticAddressesFixed(Catalog catalog) {
        super(catalog, "ELB-NLB-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() == LoadBalancerType.NETWORK && lb.subnetMappings().stream()
                    .anyMatch(m -> m.allocationId() != null || m.privateIpv4Address() != null)) {
                findings.add(finding(Values.of("lb.name", lb.name()), lb));
            }
        }
        return findings;
    }
}
