package com.balancerstudio.rules.kinds;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Notes a Network, Gateway or Classic Load Balancer whose cross-zone setting is left to the default (ELB-XZ-002):
 * off when created through the API, the CLI or Terraform, although the console turns it on for a Classic Load
 * Balancer. An Application Load Balancer is left alone: its cross-zone load balancing is always on. The quick fix
 * writes the default down, which changes nothing in AWS but makes the intent visible.
 */
public final class CrossZoneDefaultStated extends CatalogRule {
    public CrossZoneDefaultStated(Catalog catalog) {
        super(catalog, "ELB-XZ-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            if (lb.type() != LoadBalancerType.APPLICATION && lb.enableCrossZoneLoadBalancing() == null) {
                var fix = Edits.change(design, lb.withCrossZoneLoadBalancing(false),
                        "Set cross-zone load balancing of '" + lb.name() + "' to off");
                findings.add(finding(Values.of("lb.name", lb.name()).and("default", "off"), fix, lb));
            }
        }
        return findings;
    }
}
