package com.balancerstudio.rules.addressing;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Notes a subnet that gives every instance launched in it a public IPv4 address (NET-SUB-008). */
public final class SubnetDoesNotAssignPublicIps extends CatalogRule {
    public SubnetDoesNotAssignPublicIps(Catalog catalog) {
        super(catalog, "NET-SUB-008");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var subnet : design.elementsOf(Subnet.class)) {
            if (subnet.mapPublicIpOnLaunch()) {
                var fixed = subnet.withIpv4(subnet.cidrBlock(), false);
                findings.add(finding(Values.of("subnet.name", subnet.name()), Edits.change(design, fixed,
                        "Stop assigning public IPs in subnet '" + subnet.name() + "'"), subnet));
            }
        }
        return findings;
    }
}
