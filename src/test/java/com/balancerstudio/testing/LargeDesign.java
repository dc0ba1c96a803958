package com.balancerstudio.testing;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.ConnectivityType;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.Route;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.Vpc;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds designs of a chosen size for benchmarks and tests: regions of VPCs, each VPC a two-zone web tier (public and private
 * subnets, NAT per zone, an ALB with two listeners) whose private subnets hold many instances.
 */
public final class LargeDesign {
    private LargeDesign() {
    }

    /** A design of about {@code size} elements (at least one web tier). */
    public static Design of(int size) {
        var elements = new ArrayList<Element>();
        int vpcs = Math.max(1, size / 250);
        int instancesPerSubnet = Math.max(1, (size / vpcs - 25) / 2);
        for (int v = 0; v < vpcs; v++) {
            var regionName = "us-east-" + (v / 5 + 1);
            var region = id("region-" + v);
            elements.add(new Region(region, regionName, null, rect(), regionName));
            var vpc = id("vpc-" + v);
            elements.add(new Vpc(vpc, "vpc-" + v, region, rect(), Cidr.parse("10." + (v % 250) + ".0.0/16"), List.of(), true));
            var igw = id("igw-" + v);
            elements.add(new InternetGateway(igw, "igw-" + v, region, rect(), vpc));
            var publicSubnets = new ArrayList<ElementId>();
            var targets = new ArrayList<TargetRegistration>();
            for (var zone : List.of("a", "b")) {
                var az = id("az-" + v + zone);
                elements.add(new AvailabilityZone(az, regionName + zone, vpc, rect(), regionName + zone));
                int third = zone.equals("a") ? 0 : 128;
                var pub = id("public-" + v + zone);
                elements.add(new Subnet(pub, "public-" + v + zone, az, rect(), Cidr.parse("10." + (v % 250) + "." + third + ".0/24"), false));
                publicSubnets.add(pub);
                var priv = id("private-" + v + zone);
                elements.add(new Subnet(priv, "private-" + v + zone, az, rect(), Cidr.parse("10." + (v % 250) + "." + (third + 64) + ".0/20"), false));
                var eip = id("eip-" + v + zone);
                elements.add(new ElasticIp(eip, "eip-" + v + zone, region, rect(), null));
                var nat = id("nat-" + v + zone);
                elements.add(new NatGateway(nat, "nat-" + v + zone, pub, rect(), ConnectivityType.PUBLIC, eip, List.of()));
                elements.add(new RouteTable(id("private-rt-" + v + zone), "private-rt", vpc, rect(), false,
                        List.of(new Route(Cidr.parse("0.0.0.0/0"), nat)), List.of(priv)));
                for (int i = 0; i < instancesPerSubnet; i++) {
                    var instance = id("web-" + v + zone + "-" + i);
                    elements.add(Instance.of(instance, instance.value(), priv, rect()));
                    targets.add(TargetRegistration.instance(instance));
                }
            }
            elements.add(new RouteTable(id("public-rt-" + v), "public-rt", vpc, rect(), false,
                    List.of(new Route(Cidr.parse("0.0.0.0/0"), igw)), publicSubnets));
            var group = id("tg-" + v);
            elements.add(TargetGroup.of(group, "tg-" + v, vpc, rect(), Protocol.HTTP, 80, targets));
            var alb = id("alb-" + v);
            elements.add(LoadBalancer.of(alb, "alb-" + v, vpc, rect(), LoadBalancerType.APPLICATION, false,
                    publicSubnets.stream().map(SubnetMapping::of).toList()));
            elements.add(Listener.of(id("http-" + v), alb, Protocol.HTTP, 80, null, Action.Redirect.toHttps()));
            elements.add(Listener.of(id("tcp-" + v), alb, Protocol.HTTP, 8080, null, Action.Forward.to(group)));
        }
        return Design.of("Large design", "", elements);
    }

    private static ElementId id(String value) {
        return ElementId.of(value);
    }

    private static Rect rect() {
        return new Rect(0, 0, 64, 64);
    }
}
