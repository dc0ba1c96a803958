package com.balancerstudio.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The things a person can add to a design from the palette, with the group they are listed under, their default
 * size, and how a new one is made with sensible values for where it is dropped (the next free subnet block of the
 * VPC, the next zone letter of the Region...).
 */
public enum Template {
    REGION("Region", Group.NETWORK, Region.class, 900, 600),
    VPC("VPC", Group.NETWORK, Vpc.class, 820, 520),
    AVAILABILITY_ZONE("Availability Zone", Group.NETWORK, AvailabilityZone.class, 360, 420),
    PUBLIC_SUBNET("Public subnet", Group.NETWORK, Subnet.class, 300, 170),
    PRIVATE_SUBNET("Private subnet", Group.NETWORK, Subnet.class, 300, 170),
    INTERNET_GATEWAY("Internet gateway", Group.NETWORK, InternetGateway.class, 64, 64),
    NAT_GATEWAY("NAT gateway", Group.NETWORK, NatGateway.class, 64, 64),
    ELASTIC_IP("Elastic IP", Group.NETWORK, ElasticIp.class, 64, 64),
    ROUTE_TABLE("Route table", Group.NETWORK, RouteTable.class, 64, 64),
    APPLICATION_LOAD_BALANCER("Application Load Balancer", Group.LOAD_BALANCING, LoadBalancer.class, 64, 64),
    NETWORK_LOAD_BALANCER("Network Load Balancer", Group.LOAD_BALANCING, LoadBalancer.class, 64, 64),
    GATEWAY_LOAD_BALANCER("Gateway Load Balancer", Group.LOAD_BALANCING, LoadBalancer.class, 64, 64),
    CLASSIC_LOAD_BALANCER("Classic Load Balancer", Group.LOAD_BALANCING, LoadBalancer.class, 64, 64),
    GWLB_ENDPOINT("GWLB endpoint", Group.LOAD_BALANCING, GatewayLoadBalancerEndpoint.class, 64, 64),
    TARGET_GROUP("Target group", Group.LOAD_BALANCING, TargetGroup.class, 64, 64),
    INSTANCE("EC2 instance", Group.COMPUTE, Instance.class, 64, 64),
    AUTO_SCALING_GROUP("Auto Scaling group", Group.COMPUTE, AutoScalingGroup.class, 64, 64),
    LAMBDA_FUNCTION("Lambda function", Group.COMPUTE, LambdaFunction.class, 64, 64),
    SECURITY_GROUP("Security group", Group.EDGE_AND_SECURITY, SecurityGroup.class, 64, 64),
    CERTIFICATE("Certificate", Group.EDGE_AND_SECURITY, Certificate.class, 64, 64),
    WEB_ACL("WAF web ACL", Group.EDGE_AND_SECURITY, WebAcl.class, 64, 64),
    S3_BUCKET("S3 bucket (access logs)", Group.EDGE_AND_SECURITY, S3Bucket.class, 64, 64),
    DNS_RECORD("Route 53 record", Group.EDGE_AND_SECURITY, DnsRecord.class, 64, 64),
    INTERNET_CLIENTS("Internet clients", Group.EDGE_AND_SECURITY, Client.class, 64, 64);

    /** The palette groups. */
    public enum Group {
        NETWORK("Network"), LOAD_BALANCING("Load balancing"), COMPUTE("Compute"), EDGE_AND_SECURITY("Edge & security");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String label;
    private final Group group;
    private final Class<? extends Element> kind;
    private final Size size;

    Template(String label, Group group, Class<? extends Element> kind, double width, double height) {
        this.label = label;
        this.group = group;
        this.kind = kind;
        this.size = new Size(width, height);
    }

    public String label() {
        return label;
    }

    public Group group() {
        return group;
    }

    public Class<? extends Element> kind() {
        return kind;
    }

    public Size size() {
        return size;
    }

    /** Whether an element made from this template may be placed in the container (null: the top level). */
    public boolean mayLiveIn(Element container) {
        return container == null ? ElementKinds.isTopLevel(kind) : ElementKinds.mayLiveIn(kind, container.getClass());
    }

    /**
     * A new element with a fresh id, placed in {@code parent} (null for the top level) at {@code bounds} relative to
     * it. A public subnet comes with nothing else: it becomes public once its route table routes to an internet
     * gateway, as in AWS.
     */
    public Element create(Design design, ElementId parent, Rect bounds) {
        var id = freshId(design, idPrefix());
        var name = id.value();
        var container = design.get(parent);
        var region = container == null ? null : design.topology().regionOf(container);
        var vpc = container == null ? null : design.topology().vpcOf(container);
        return switch (this) {
            case REGION -> {
                var regionName = nextRegionName(design);
                yield new Region(id, regionName, parent, bounds, regionName);
            }
            case VPC -> new Vpc(id, name, parent, bounds, Cidr.parse(nextVpcBlock(design, region)), List.of(), true);
            case AVAILABILITY_ZONE -> {
                var zone = nextZoneName(design, vpc, region);
                yield new AvailabilityZone(id, zone, parent, bounds, zone);
            }
            case PUBLIC_SUBNET, PRIVATE_SUBNET -> new Subnet(id, name, parent, bounds,
                    Cidr.parse(nextSubnetBlock(design, vpc)), false);
            case INTERNET_GATEWAY -> new InternetGateway(id, name, parent, bounds, null);
            case NAT_GATEWAY -> new NatGateway(id, name, parent, bounds, ConnectivityType.PUBLIC, null, List.of());
            case ELASTIC_IP -> new ElasticIp(id, name, parent, bounds, null);
            case ROUTE_TABLE -> new RouteTable(id, name, parent, bounds, false, List.of(), List.of());
            case APPLICATION_LOAD_BALANCER -> LoadBalancer.of(id, name, parent, bounds, LoadBalancerType.APPLICATION, false, List.of());
            case NETWORK_LOAD_BALANCER -> LoadBalancer.of(id, name, parent, bounds, LoadBalancerType.NETWORK, false, List.of());
            case GATEWAY_LOAD_BALANCER -> LoadBalancer.of(id, name, parent, bounds, LoadBalancerType.GATEWAY, false, List.of());
            case CLASSIC_LOAD_BALANCER -> LoadBalancer.of(id, name, parent, bounds, LoadBalancerType.CLASSIC, false, List.of());
            // The Gateway Load Balancer is chosen in the inspector (or by drawing a connection to it).
            case GWLB_ENDPOINT -> new GatewayLoadBalancerEndpoint(id, name, parent, bounds, null);
            case TARGET_GROUP -> TargetGroup.of(id, name, parent, bounds, Protocol.HTTP, 80, List.of());
            case INSTANCE -> Instance.of(id, name, parent, bounds);
            case AUTO_SCALING_GROUP -> new AutoScalingGroup(id, name, parent, bounds, 2, 4, 2, List.of(), List.of(),
                    List.of(), null, null, null, List.of());
            case SECURITY_GROUP -> new SecurityGroup(id, name, parent, bounds, null, List.of(), List.of());
            case CERTIFICATE -> new Certificate(id, name, parent, bounds, "www.example.com", List.of(), null, null, null, null);
            case WEB_ACL -> new WebAcl(id, name, parent, bounds, null);
            // A new log bucket is ready for access logs: SSE-S3 (the S3 default) and the ELB delivery policy.
            case S3_BUCKET -> new S3Bucket(id, name, parent, bounds, "example-" + name + "-access-logs", null, true);
            // Registering a function with a target group in the console adds the invoke permission too.
            case LAMBDA_FUNCTION -> new LambdaFunction(id, name, parent, bounds, name, null, true);
            case DNS_RECORD -> new DnsRecord(id, name, parent, bounds, "example.com", "www.example.com", null, null,
                    null, null, null, true, null);
            case INTERNET_CLIENTS -> new Client(id, "Internet users", parent, bounds, ClientKind.INTERNET, null);
        };
    }

    private String idPrefix() {
        return switch (this) {
            case APPLICATION_LOAD_BALANCER -> "alb";
            case NETWORK_LOAD_BALANCER -> "nlb";
            case GATEWAY_LOAD_BALANCER -> "gwlb";
            case CLASSIC_LOAD_BALANCER -> "clb";
            case PUBLIC_SUBNET -> "public-subnet";
            case PRIVATE_SUBNET -> "private-subnet";
            case INTERNET_CLIENTS -> "clients";
            default -> name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }

    /** The prefix followed by the lowest number not yet used as an id ("alb-1", "alb-2"...). */
    public static ElementId freshId(Design design, String prefix) {
        for (int n = 1; ; n++) {
            var id = ElementId.of(prefix + "-" + n);
            if (!design.contains(id)) {
                return id;
            }
        }
    }

    private static String nextRegionName(Design design) {
        var used = new HashSet<String>();
        design.elementsOf(Region.class).forEach(r -> used.add(r.regionName()));
        for (var name : List.of("us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ap-northeast-1")) {
            if (!used.contains(name)) {
                return name;
            }
        }
        return "us-east-2";
    }

    private static String nextVpcBlock(Design design, Region region) {
        var used = new HashSet<String>();
        design.elementsOf(Vpc.class).forEach(v -> used.add(v.cidrBlock().toString()));
        for (int second = 0; second < 256; second++) {
            var block = "10." + second + ".0.0/16";
            if (!used.contains(block)) {
                return block;
            }
        }
        return "10.0.0.0/16";
    }

    private static String nextZoneName(Design design, Vpc vpc, Region region) {
        var regionName = region == null ? "us-east-1" : region.regionName();
        Set<String> used = new HashSet<>();
        if (vpc != null) {
            design.children(vpc.id()).stream().filter(AvailabilityZone.class::isInstance)
                    .forEach(z -> used.add(((AvailabilityZone) z).zoneName()));
        }
        for (char letter = 'a'; letter <= 'f'; letter++) {
            if (!used.contains(regionName + letter)) {
                return regionName + letter;
            }
        }
        return regionName + "a";
    }

    /** The first /24 of the VPC's block that no subnet of the VPC overlaps. */
    private static String nextSubnetBlock(Design design, Vpc vpc) {
        if (vpc == null) {
            return "10.0.0.0/24";
        }
        var taken = new ArrayList<Cidr>();
        for (var subnet : design.elementsOf(Subnet.class)) {
            if (vpc.equals(design.topology().vpcOf(subnet))) {
                taken.add(subnet.cidrBlock());
            }
        }
        var block = vpc.cidrBlock();
        long first = block.network();
        int prefix = Math.max(24, block.prefixLength());
        long step = 1L << (32 - prefix);
        for (long address = first; address + step - 1 <= block.lastAddress(); address += step) {
            var candidate = Cidr.parse(dotted(address) + "/" + prefix);
            if (taken.stream().noneMatch(candidate::overlaps)) {
                return candidate.toString();
            }
        }
        return block.toString();
    }

    private static String dotted(long address) {
        return (address >> 24 & 0xff) + "." + (address >> 16 & 0xff) + "." + (address >> 8 & 0xff) + "." + (address & 0xff);
    }
}
