package com.balancerstudio.rules.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AccessLogs;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.IpAddressType;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.SecurityGroupRule;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.Template;
import com.balancerstudio.testing.Fixtures;
import java.util.List;

/**
 * The web tier of {@link Fixtures#webTier()} (internet-facing ALB web-alb with listeners https :443 and http :80,
 * target group web-tg on HTTP:80 with instances web-a and web-b) secured the recommended way: the ALB in
 * front-sg (443 and 80 from anywhere, out to back-sg on 80), the instances in back-sg (80 from front-sg only); and
 * changed copies of its elements, so each test reads as the one mistake it makes.
 */
final class EdgeDesigns {
    private EdgeDesigns() {
    }

    static ElementId id(String value) {
        return ElementId.of(value);
    }

    static SecurityGroupRule tcp(int port, String cidr) {
        return new SecurityGroupRule("tcp", port, port, Cidr.parse(cidr), null, null);
    }

    static SecurityGroupRule tcpFromGroup(int port, String group) {
        return new SecurityGroupRule("tcp", port, port, null, id(group), null);
    }

    static SecurityGroup group(String name, List<SecurityGroupRule> ingress, List<SecurityGroupRule> egress) {
        return new SecurityGroup(id(name), name, id("vpc"), null, name, ingress, egress);
    }

    static Design securedWebTier() {
        var design = Fixtures.webTier();
        design = design.withAdded(group("front-sg", List.of(tcp(443, "0.0.0.0/0"), tcp(80, "0.0.0.0/0")),
                List.of(tcpFromGroup(80, "back-sg"))), design.size());
        design = design.withAdded(group("back-sg", List.of(tcpFromGroup(80, "front-sg")),
                List.of(new SecurityGroupRule("-1", null, null, Cidr.parse("0.0.0.0/0"), null, null))), design.size());
        design = design.withReplaced(withGroups(alb(design), "front-sg"));
        for (var name : List.of("web-a", "web-b")) {
            var i = Fixtures.get(design, name, Instance.class);
            design = design.withReplaced(new Instance(i.id(), i.name(), i.parent(), i.bounds(), i.instanceType(),
                    i.associatePublicIpAddress(), List.of(id("back-sg")), i.elasticIpId(), i.instanceState()));
        }
        return design;
    }

    static LoadBalancer alb(Design design) {
        return Fixtures.get(design, "web-alb", LoadBalancer.class);
    }

    static SecurityGroup groupIn(Design design, String name) {
        return Fixtures.get(design, name, SecurityGroup.class);
    }

    static Design withIngress(Design design, String group, SecurityGroupRule... ingress) {
        var g = groupIn(design, group);
        return design.withReplaced(new SecurityGroup(g.id(), g.name(), g.parent(), g.bounds(), g.description(),
                List.of(ingress), g.egress()));
    }

    static Design withEgress(Design design, String group, SecurityGroupRule... egress) {
        var g = groupIn(design, group);
        return design.withReplaced(new SecurityGroup(g.id(), g.name(), g.parent(), g.bounds(), g.description(),
                g.ingress(), List.of(egress)));
    }

    static Design plus(Design design, Element element) {
        return design.withAdded(element, design.size());
    }

    static LoadBalancer withGroups(LoadBalancer l, String... groups) {
        return l.withSecurityGroups(List.of(groups).stream().map(EdgeDesigns::id).toList());
    }

    static LoadBalancer internal(LoadBalancer l) {
        return l.withInternal(true);
    }

    static LoadBalancer withLogs(LoadBalancer l, AccessLogs logs) {
        return l.withAccessLogs(logs);
    }

    static LoadBalancer withWebAcl(LoadBalancer l, String webAcl) {
        return l.withWebAcl(webAcl == null ? null : id(webAcl));
    }

    static LoadBalancer withAddressType(LoadBalancer l, IpAddressType type) {
        return l.withIpAddressType(type);
    }

    /** What every finding owes the user: all placeholders filled, in the message and in the fix. */
    static Finding filled(Finding finding) {
        assertThat(Template.hasPlaceholders(finding.message())).as(finding.message()).isFalse();
        assertThat(Template.hasPlaceholders(finding.fix())).as(finding.fix()).isFalse();
        return finding;
    }
}
