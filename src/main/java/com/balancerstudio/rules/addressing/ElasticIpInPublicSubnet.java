package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns about an Elastic IP on an instance in a subnet without a route to an attached internet gateway: replies cannot
 * leave, so the address is unreachable (NET-EIP-004). NAT gateways in private subnets are NET-NAT-001's.
 */
public final class ElasticIpInPublicSubnet extends CatalogRule {
    public ElasticIpInPublicSubnet(Catalog catalog) {
        super(catalog, "NET-EIP-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var instance : design.elementsOf(Instance.class)) {
            var ip = design.get(instance.elasticIpId(), ElasticIp.class);
            var subnet = design.get(instance.parent(), Subnet.class);
            if (ip != null && subnet != null && !design.topology().isPublic(subnet)) {
                findings.add(finding(Values.of("eip.name", ip.name()).and("target", "instance " + instance.name())
                        .and("subnet.name", subnet.name()), ip, instance));
            }
        }
        return findings;
    }
}
