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
 * Notes an instance placed in a public subnet that gets no public address: no Elastic IP, no public IP of its own and
 * none assigned by the subnet (NET-IGW-004). The design cannot say whether the instance should be reachable, so this
 * stays a note; a target behind a load balancer belongs in a private subnet anyway.
 */
public final class PublicSubnetInstanceHasPublicIp extends CatalogRule {
    public PublicSubnetInstanceHasPublicIp(Catalog catalog) {
        super(catalog, "NET-IGW-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var instance : design.elementsOf(Instance.class)) {
            var subnet = design.get(instance.parent(), Subnet.class);
            if (subnet != null && design.topology().isPublic(subnet) && !hasPublicAddress(design, instance, subnet)) {
                findings.add(finding(Values.of("instance.name", instance.name()).and("subnet.name", subnet.name()),
                        instance));
            }
        }
        return findings;
    }

    /** The instance's own setting wins; unset, the subnet's auto-assign setting decides. */
    private static boolean hasPublicAddress(Design design, Instance instance, Subnet subnet) {
        if (design.get(instance.elasticIpId(), ElasticIp.class) != null) {
            return true;
        }
        var own = instance.associatePublicIpAddress();
        return own != null ? own : subnet.mapPublicIpOnLaunch();
    }
}
