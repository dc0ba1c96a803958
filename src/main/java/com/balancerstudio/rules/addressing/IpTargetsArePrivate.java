package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports an IP target with a publicly routable address: only addresses of the target group's VPC, the RFC 1918
 * ranges and the RFC 6598 range can be registered (ELB-TGT-002).
 */
public final class IpTargetsArePrivate extends CatalogRule {
    public IpTargetsArePrivate(Catalog catalog) {
        super(catalog, "ELB-TGT-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            if (group.targetType() != TargetType.IP) {
                continue;
            }
            var vpc = design.topology().vpcOf(group);
            for (var target : group.targets()) {
                var address = IpAddresses.parse(target.ipAddress());
                if (address != null && !VpcUsesPrivateRange.isPrivate(address) && !IpAddresses.inside(vpc, address)) {
                    findings.add(finding(Values.of("ip", target.ipAddress()).and("tg.name", group.name()), group));
                }
            }
        }
        return findings;
    }
}
