package com.balancerstudio.rules.network;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Checks that no two subnets of the same VPC have overlapping CIDR blocks (NET-SUB-003). */
public final class SubnetCidrsDisjoint extends CatalogRule {
    public SubnetCidrsDisjoint(Catalog catalog) {
        super(catalog, "NET-SUB-003");
    }

    @Override
    public List<Finding> check(Design design) {
        var byVpc = new LinkedHashMap<ElementId, List<Subnet>>();
        for (var subnet : design.elementsOf(Subnet.class)) {
            var vpc = design.topology().vpcOf(subnet);
            if (vpc != null) {
                byVpc.computeIfAbsent(vpc.id(), k -> new ArrayList<>()).add(subnet);
            }
        }
        var findings = new ArrayList<Finding>();
        byVpc.forEach((vpcId, subnets) -> {
            var vpc = design.get(vpcId);
            for (int later = 1; later < subnets.size(); later++) {
                for (int earlier = 0; earlier < later; earlier++) {
                    var a = subnets.get(later);
                    var b = subnets.get(earlier);
                    // The subnet drawn later is the one that collided, so it is named and badged first.
                    if (a.cidrBlock().overlaps(b.cidrBlock())) {
                        findings.add(finding(Values.of("a", a.name()).and("cidrA", a.cidrBlock())
                                .and("b", b.name()).and("cidrB", b.cidrBlock()).and("vpc.name", vpc.name()), a, b));
                    }
                }
            }
        });
        return findings;
    }
}
