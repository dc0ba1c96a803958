package com.balancerstudio.export.drawio;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Certificate;
import com.balancerstudio.model.LambdaFunction;
import com.balancerstudio.model.S3Bucket;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Client;
import com.balancerstudio.model.ClientKind;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.GatewayLoadBalancerEndpoint;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.ConnectivityType;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.RoutingPolicy;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.render.Captions;
import java.util.ArrayList;
import java.util.stream.Collectors;

/**
 * The text of each cell: the element's name and what a reader wants to know at a glance. A container's title is one
 * line ("public-a · 10.0.1.0/24 · public"), a resource's detail is a second line under its name ("ALB · HTTPS :443,
 * HTTP :80"). A load balancer's listeners are named in its label, because the design gives them no place of their own
 * on the canvas: drawing them as shapes would invent a layout the design does not have.
 */
final class CellLabels {
    private CellLabels() {
    }

    private static final String SEPARATOR = " · ";

    static String of(Design design, Element element) {
        var detail = detail(design, element);
        if (detail == null || detail.isEmpty()) {
            return element.name();
        }
        return element.name() + (isTitle(element) ? SEPARATOR : "\n") + detail;
    }

    private static boolean isTitle(Element element) {
        return element instanceof Region || element instanceof Vpc || element instanceof AvailabilityZone
                || element instanceof Subnet;
    }

    private static String detail(Design design, Element element) {
        if (element instanceof Region region) {
            return region.name().equals(region.regionName()) ? null : region.regionName();
        }
        if (element instanceof Vpc vpc) {
            return vpc.allCidrBlocks().stream().map(Cidr::toString).collect(Collectors.joining(", "));
        }
        if (element instanceof AvailabilityZone zone) {
            return zone.name().equals(zone.zoneName()) ? null : zone.zoneName();
        }
        if (element instanceof Subnet subnet) {
            return subnet.cidrBlock() + SEPARATOR + (design.topology().isPublic(subnet) ? "public" : "private");
        }
        if (element instanceof LoadBalancer lb) {
            return loadBalancer(design, lb);
        }
        if (element instanceof TargetGroup || element instanceof AutoScalingGroup) {
            return Captions.detail(design, element);
        }
        if (element instanceof Instance instance) {
            return instance.instanceType();
        }
        if (element instanceof NatGateway nat) {
            return nat.connectivityType() == ConnectivityType.PRIVATE ? "private NAT" : null;
        }
        if (element instanceof GatewayLoadBalancerEndpoint endpoint) {
            var lb = design.get(endpoint.loadBalancerId());
            return lb == null ? "no Gateway Load Balancer" : "to " + lb.name();
        }
        if (element instanceof RouteTable table) {
            return table.main() ? "main route table" : null;
        }
        if (element instanceof SecurityGroup group) {
            return group.ingress().size() + " inbound, " + group.egress().size() + " outbound rules";
        }
        if (element instanceof Certificate certificate) {
            return certificate.name().equals(certificate.domainName()) ? null : certificate.domainName();
        }
        if (element instanceof DnsRecord record) {
            return dnsRecord(record);
        }
        if (element instanceof S3Bucket bucket) {
            return bucket.name().equals(bucket.bucket()) ? null : bucket.bucket();
        }
        if (element instanceof LambdaFunction function) {
            return function.name().equals(function.functionName()) ? null : function.functionName();
        }
        if (element instanceof Client client) {
            return client.kind() == ClientKind.ON_PREMISES ? "on-premises" : "internet";
        }
        return null;
    }

    /** "ALB · HTTPS :443, HTTP :80", with "internal" for an internal one. */
    private static String loadBalancer(Design design, LoadBalancer lb) {
        var kind = lb.type().shortName();
        if (lb.internal() && lb.type() != LoadBalancerType.GATEWAY) {
            kind += " (internal)";
        }
        var listeners = new ArrayList<String>();
        for (var child : design.children(lb.id())) {
            if (child instanceof Listener listener) {
                listeners.add(listener.protocol() == null || listener.port() == null ? listener.name()
                        : listener.protocol() + " :" + listener.port());
            }
        }
        return listeners.isEmpty() ? kind : kind + SEPARATOR + String.join(", ", listeners);
    }

    /** "A record · failover PRIMARY", after the record's name when the element is called something else. */
    private static String dnsRecord(DnsRecord record) {
        var type = record.recordType() + " record";
        var text = record.recordName().equals(record.name()) ? type : record.recordName() + " " + type;
        if (record.routingPolicy() != RoutingPolicy.SIMPLE) {
            text += SEPARATOR + record.routingPolicy()
                    + (record.failoverRole() == null ? "" : " " + record.failoverRole());
        }
        return text;
    }
}
