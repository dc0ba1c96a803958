package com.balancerstudio.rules.quotas;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The network interfaces Network and Gateway Load Balancers put in a VPC, one per enabled Availability Zone each,
 * against the per-VPC quotas (ELB-QTA-011).
 */
public final class LoadBalancerInterfacesPerVpcQuota extends CatalogRule {
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-limits.html (Network Load
    // Balancer ENIs per VPC: 1,200) and
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/quotas-limits.html (Gateway Load Balancer ENIs
    // per VPC: 300)
    private static final Map<LoadBalancerType, Integer> INTERFACES_PER_VPC = Map.of(
            LoadBalancerType.NETWORK, 1_200,
            LoadBalancerType.GATEWAY, 300);

    public LoadBalancerInterfacesPerVpcQuota(Catalog catalog) {
        super(catalog, "ELB-QTA-011");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var vpc : design.elementsOf(Vpc.class)) {
            for (var entry : INTERFACES_PER_VPC.entrySet()) {
                int interfaces = design.elementsOf(LoadBalancer.class).stream()
                        .filter(lb -> lb.type() == entry.getKey() && vpc.equals(design.topology().vpcOf(lb)))
                        .mapToInt(lb -> design.topology().enabledZones(lb).size()).sum();
                if (interfaces > entry.getValue()) {
                    findings.add(finding(Values.of("vpc.name", vpc.name()).and("n", interfaces)
                            .and("quota", entry.getValue() + " for " + entry.getKey().displayName() + "s"), vpc));
                }
            }
        }
        return findings;
    }
}
