package com.balancerstudio.rules.edge;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.SecurityGroupRule;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a listener port that no inbound rule of the load balancer's security groups lets through, so no client can
 * connect to that listener (ELB-SEC-002). A load balancer without security groups is left alone: a Network Load
 * Balancer may have none, and then accepts all traffic.
 */
public final class ListenerPortsOpenInbound extends CatalogRule {
    public ListenerPortsOpenInbound(Catalog catalog) {
        super(catalog, "ELB-SEC-002");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var lb : design.elementsOf(LoadBalancer.class)) {
            var groups = SecurityGroupPorts.groupsOf(design, lb);
            if (groups.isEmpty()) {
                continue;
            }
            for (var port : SecurityGroupPorts.listenerPorts(design, lb)) {
                if (SecurityGroupPorts.ingressAllowing(groups, port.ipProtocol(), port.port()).isEmpty()) {
                    var values = Values.of("lb.name", lb.name()).and("port", port.port());
                    findings.add(finding(values, quickFix(design, lb, groups, port), lb, groups.get(0)));
                }
            }
        }
        return findings;
    }

    /**
     * With a single security group the fix is plain: open the port there, to the internet for an internet-facing load
     * balancer and to its VPC's range for an internal one. With several groups, which one should carry it is a choice.
     */
    private static Edit quickFix(Design design, LoadBalancer lb, List<SecurityGroup> groups,
                                 SecurityGroupPorts.ProtocolPort port) {
        var vpc = design.topology().vpcOf(lb);
        if (groups.size() != 1 || (!lb.internetFacing() && vpc == null)) {
            return null;
        }
        var group = groups.get(0);
        Cidr source = lb.internetFacing() ? Cidr.parse(SecurityGroupPorts.ANYWHERE) : vpc.cidrBlock();
        var ingress = new ArrayList<>(group.ingress());
        ingress.add(new SecurityGroupRule(port.ipProtocol(), port.port(), port.port(), source, null,
                "listener port " + port.port()));
        var changed = new SecurityGroup(group.id(), group.name(), group.parent(), group.bounds(), group.description(),
                ingress, group.egress());
        var label = "Allow " + port.ipProtocol().toUpperCase() + " " + port.port() + " from " + source.text() + " in "
                + group.name();
        return Edits.change(design, changed, label);
    }
}
