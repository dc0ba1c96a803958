package com.balancerstudio.export.terraform;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.GatewayLoadBalancerEndpoint;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.S3Bucket;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The address of the resource each element becomes, decided before any resource is written so that references
 * can be made in any order. Subnets, Elastic IPs, NAT gateways, GWLB endpoints and route tables that repeat once per
 * Availability Zone under the same name (less the zone) become one resource with an AZ-keyed {@code for_each}.
 */
final class Plan {
    private final Design design;
    private final Providers providers;
    private final Labels labels;
    private final Map<ElementId, Address> addresses = new HashMap<>();

    Plan(Design design, Providers providers, Labels labels) {
        this.design = design;
        this.providers = providers;
        this.labels = labels;
        var families = zoneFamilies();
        var regionsByName = new HashMap<String, Set<String>>();
        for (var element : design.elements()) {
            var type = resourceType(element);
            if (type != null) {
                regionsByName.computeIfAbsent(type + " " + Hcl.identifier(labelText(element), ""), k -> new HashSet<>())
                        .add(providers.regionOf(element));
            }
        }
        var familyLabels = new HashMap<List<String>, String>();
        for (var element : design.elements()) {
            var type = resourceType(element);
            if (type == null) {
                continue;
            }
            var family = families.get(element.id());
            if (family != null) {
                var label = familyLabels.computeIfAbsent(family.group(), g -> labels.take(type, g.get(3), fallback(type)));
                addresses.put(element.id(), new Address(type, label, family.zone()));
            } else {
                var text = labelText(element);
                if (regionsByName.get(type + " " + Hcl.identifier(text, "")).size() > 1) {
                    // The same name in several Regions ("internet gateway"): the Region tells them apart.
                    text += " " + providers.regionOf(element);
                }
                addresses.put(element.id(), Address.of(type, labels.take(type, text, fallback(type))));
            }
        }
    }

    /** Listeners and rules are named after their load balancer too, as their own names repeat ("HTTPS :443"). */
    private String labelText(Element element) {
        if (element instanceof Listener || element instanceof ListenerRule) {
            var loadBalancer = design.topology().enclosing(element, LoadBalancer.class);
            return (loadBalancer == null ? "" : loadBalancer.name() + " ") + element.name();
        }
        return element.name();
    }

    /** The Terraform resource type an element becomes, or null when it becomes none of its own. */
    static String resourceType(Element element) {
        if (element instanceof Vpc) {
            return "aws_vpc";
        } else if (element instanceof Subnet) {
            return "aws_subnet";
        } else if (element instanceof InternetGateway) {
            return "aws_internet_gateway";
        } else if (element instanceof NatGateway) {
            return "aws_nat_gateway";
        } else if (element instanceof GatewayLoadBalancerEndpoint) {
            return "aws_vpc_endpoint";
        } else if (element instanceof ElasticIp) {
            return "aws_eip";
        } else if (element instanceof RouteTable) {
            return "aws_route_table";
        } else if (element instanceof SecurityGroup) {
            return "aws_security_group";
        } else if (element instanceof LoadBalancer lb) {
            return lb.type() == LoadBalancerType.CLASSIC ? "aws_elb" : "aws_lb";
        } else if (element instanceof Listener) {
            return "aws_lb_listener";
        } else if (element instanceof ListenerRule) {
            return "aws_lb_listener_rule";
        } else if (element instanceof TargetGroup) {
            return "aws_lb_target_group";
        } else if (element instanceof Instance) {
            return "aws_instance";
        } else if (element instanceof AutoScalingGroup) {
            return "aws_autoscaling_group";
        } else if (element instanceof DnsRecord) {
            return "aws_route53_record";
        } else if (element instanceof S3Bucket) {
            return "aws_s3_bucket";
        }
        return null;
    }

    /** A fallback label for names with no letters or digits: the type without its "aws_" prefix. */
    static String fallback(String type) {
        return type.startsWith("aws_") ? type.substring("aws_".length()) : type;
    }

    Address address(ElementId id) {
        return id == null ? null : addresses.get(id);
    }

    /** An attribute of the element's resource, or null when the element is missing or becomes no resource. */
    Expr.Ref ref(ElementId id, String attribute) {
        var address = address(id);
        return address == null ? null : address.attr(attribute);
    }

    /** The zones of a resource repeated per zone (empty for any other resource). */
    Set<String> zonesOf(Address resource) {
        var zones = new LinkedHashSet<String>();
        addresses.values().stream()
                .filter(a -> a.key() != null && a.type().equals(resource.type()) && a.label().equals(resource.label()))
                .forEach(a -> zones.add(a.key()));
        return zones;
    }

    /** The member of a zone family, keyed by its zone, with the group it belongs to. */
    private record Member(List<String> group, String zone) {
    }

    private Map<ElementId, Member> zoneFamilies() {
        var candidates = new LinkedHashMap<List<String>, List<ElementId>>();
        var zones = new HashMap<ElementId, String>();
        for (var element : design.elements()) {
            if (!(element instanceof Subnet || element instanceof NatGateway || element instanceof ElasticIp
                    || element instanceof RouteTable || element instanceof GatewayLoadBalancerEndpoint)) {
                continue;
            }
            var zone = zoneKey(element);
            if (zone == null) {
                continue;
            }
            var stem = ZoneStem.of(element.name(), zone);
            if (stem.isEmpty()) {
                continue;
            }
            var vpc = design.topology().vpcOf(element);
            var group = List.of(resourceType(element), providers.regionOf(element),
                    vpc == null ? "" : vpc.id().value(), stem);
            candidates.computeIfAbsent(group, g -> new ArrayList<>()).add(element.id());
            zones.put(element.id(), zone);
        }
        var members = new HashMap<ElementId, Member>();
        candidates.forEach((group, ids) -> {
            var distinct = new HashSet<String>();
            ids.forEach(id -> distinct.add(zones.get(id)));
            if (ids.size() >= 2 && distinct.size() == ids.size()) {
                ids.forEach(id -> members.put(id, new Member(group, zones.get(id))));
            }
        });
        return members;
    }

    /** The one zone an element belongs to, or null: its own, its user's (Elastic IP), its subnets' (route table). */
    private String zoneKey(Element element) {
        var topology = design.topology();
        if (element instanceof ElasticIp) {
            var zones = new HashSet<String>();
            for (var user : topology.referrersOf(element.id())) {
                if (user instanceof LoadBalancer lb) {
                    lb.subnetMappings().stream().filter(m -> element.id().equals(m.allocationId()))
                            .forEach(m -> zones.add(Objects.toString(topology.zoneNameOf(design.get(m.subnetId())))));
                } else {
                    zones.add(Objects.toString(topology.zoneNameOf(user)));
                }
            }
            return zones.size() == 1 && !zones.contains("null") ? zones.iterator().next() : null;
        }
        if (element instanceof RouteTable table) {
            var zones = new HashSet<String>();
            table.subnetIds().forEach(id -> zones.add(Objects.toString(topology.zoneNameOf(design.get(id)))));
            return !table.main() && zones.size() == 1 && !zones.contains("null") ? zones.iterator().next() : null;
        }
        return topology.zoneNameOf(element);
    }
}
