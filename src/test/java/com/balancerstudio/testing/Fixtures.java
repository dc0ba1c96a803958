package com.balancerstudio.testing;

import static com.balancerstudio.testing.DesignBuilder.defaultRoute;
import static com.balancerstudio.testing.DesignBuilder.forward;

import com.balancerstudio.model.AccessLogs;
import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.SecurityGroupRule;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.WebAcl;
import java.util.List;

/**
 * Reference designs for tests. {@link #webTier()} is a correct two-zone web tier that no core rule finds anything
 * wrong with; rule tests break one thing in it and expect exactly their rule to fire.
 */
public final class Fixtures {
    private Fixtures() {
    }

    /**
     * Region us-east-1; VPC 10.0.0.0/16 with an attached internet gateway; zones a and b, each with a public subnet
     * (route to the internet gateway) holding a NAT gateway with its Elastic IP, and a private subnet (default route
     * to its zone's NAT gateway) holding one web instance; an internet-facing ALB in both public subnets, with
     * deletion protection and its security group alb-sg (HTTPS and HTTP in from anywhere, HTTP out to the VPC), an
     * HTTPS listener (certificate, TLS 1.3 policy) forwarding to an HTTP:80 target group of both instances, and an
     * HTTP listener redirecting to HTTPS. The ALB writes access logs to an S3 bucket, drops headers with invalid
     * names, and the web ACL web-waf protects it.
     */
    public static Design webTier() {
        var b = new DesignBuilder("Web tier");
        var region = b.region("us-east-1");
        var vpc = b.vpc(region, "vpc", "10.0.0.0/16");
        var igw = b.internetGateway(region, "igw", vpc);
        var zoneA = b.zone(vpc, "us-east-1a");
        var zoneB = b.zone(vpc, "us-east-1b");
        var publicA = b.subnet(zoneA, "public-a", "10.0.0.0/24");
        var privateA = b.subnet(zoneA, "private-a", "10.0.10.0/24");
        var publicB = b.subnet(zoneB, "public-b", "10.0.1.0/24");
        var privateB = b.subnet(zoneB, "private-b", "10.0.11.0/24");
        var eipA = b.elasticIp(region, "eip-a");
        var eipB = b.elasticIp(region, "eip-b");
        var natA = b.natGateway(publicA, "nat-a", eipA);
        var natB = b.natGateway(publicB, "nat-b", eipB);
        b.routeTable(vpc, "public-rt", List.of(defaultRoute(igw)), publicA, publicB);
        b.routeTable(vpc, "private-rt-a", List.of(defaultRoute(natA)), privateA);
        b.routeTable(vpc, "private-rt-b", List.of(defaultRoute(natB)), privateB);
        var webA = b.instance(privateA, "web-a");
        var webB = b.instance(privateB, "web-b");
        // The servers answer their health check on /health (AWS defaults for the rest).
        var group = b.add(TargetGroup.of(ElementId.of("web-tg"), "web-tg", vpc.id(), b.slot(vpc.id(), 160, 60),
                Protocol.HTTP, 80, List.of(TargetRegistration.instance(webA.id()), TargetRegistration.instance(webB.id())))
                .withHealthCheck(new HealthCheck(null, null, null, "/health", null, null, null, null, null)));
        var alb = b.add(new LoadBalancer(ElementId.of("web-alb"), "web-alb", vpc.id(), b.slot(vpc.id(), 200, 60),
                LoadBalancerType.APPLICATION, false,
                List.of(SubnetMapping.of(publicA.id()), SubnetMapping.of(publicB.id())),
                List.of(ElementId.of("alb-sg")), null, null, true, null, null, null, null, List.of(), null, null, null, null, null, null, null));
        b.add(new SecurityGroup(ElementId.of("alb-sg"), "alb-sg", vpc.id(), b.slot(vpc.id(), 120, 60), "web-alb",
                List.of(anywhere(443), anywhere(80)),
                List.of(new SecurityGroupRule("tcp", 80, 80, vpc.cidrBlock(), null, "to the web servers"))));
        var certificate = b.certificate(region, "www-cert", "www.example.com");
        b.add(new Listener(ElementId.of("https"), "HTTPS :443", alb.id(), null, Protocol.HTTPS, 443, certificate.id(),
                List.of(), "ELBSecurityPolicy-TLS13-1-2-2021-06", forward(group), null, null, false, null, null, null));
        b.add(Listener.of(ElementId.of("http"), alb.id(), Protocol.HTTP, 80, null, Action.Redirect.toHttps()));
        b.add(new WebAcl(ElementId.of("web-waf"), "web-waf", region.id(), b.slot(region.id(), 60, 60), null));
        return loggedAndProtected(b.build());
    }

    /** What a public ALB should have besides its listeners: access logs, AWS WAF in front, invalid headers dropped. */
    private static Design loggedAndProtected(Design design) {
        var l = get(design, "web-alb", LoadBalancer.class);
        return design.withReplaced(l.withAccessLogs(new AccessLogs(true, "example-web-alb-logs", "web-alb", null))
                .withWebAcl(ElementId.of("web-waf")).withHeaderHandling(true, l.desyncMitigationMode()));
    }

    private static SecurityGroupRule anywhere(int port) {
        return new SecurityGroupRule("tcp", port, port, com.balancerstudio.model.Cidr.parse("0.0.0.0/0"), null,
                "port " + port + " from the internet");
    }

    /** The design with one element replaced by a changed copy. */
    public static Design with(Design design, Element changed) {
        return design.withReplaced(changed);
    }

    public static <T extends Element> T get(Design design, String id, Class<T> type) {
        var element = design.get(ElementId.of(id), type);
        if (element == null) {
            throw new IllegalArgumentException("no " + type.getSimpleName() + " '" + id + "' in the fixture");
        }
        return element;
    }
}
