package com.balancerstudio.rules.targets;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/** Notes a target group that sends a PROXY protocol v2 header, which its targets must understand (ELB-TG-019). */
public final class ProxyProtocolNeedsSupport extends CatalogRule {
    public ProxyProtocolNeedsSupport(Catalog catalog) {
        super(catalog, "ELB-TG-019");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var group : design.elementsOf(TargetGroup.class)) {
            if (Boolean.TRUE.equals(group.proxyProtocolV2())) {
                findings.add(finding(Values.of("tg.name", group.name()), group));
            }
        }
        return findings;
    }
}
