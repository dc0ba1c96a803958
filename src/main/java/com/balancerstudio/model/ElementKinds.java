package com.balancerstudio.model;

import java.util.Map;
import java.util.Set;

/** The containment rules of the model (which kind of element lives in which) and the names people use for kinds. */
public final class ElementKinds {
    private ElementKinds() {
    }

    private record Kind(String label, Set<Class<? extends Element>> parents) {
    }

    private static final Set<Class<? extends Element>> TOP_LEVEL = Set.of();

    private static final Map<Class<? extends Element>, Kind> KINDS = Map.ofEntries(
            Map.entry(Region.class, new Kind("Region", TOP_LEVEL)),
            Map.entry(Vpc.class, new Kind("VPC", Set.of(Region.class))),
            Map.entry(AvailabilityZone.class, new Kind("Availability Zone", Set.of(Vpc.class))),
            Map.entry(Subnet.class, new Kind("Subnet", Set.of(AvailabilityZone.class))),
            Map.entry(RouteTable.class, new Kind("Route table", Set.of(Vpc.class))),
            Map.entry(InternetGateway.class, new Kind("Internet gateway", Set.of(Region.class))),
            Map.entry(NatGateway.class, new Kind("NAT gateway", Set.of(Subnet.class))),
            Map.entry(GatewayLoadBalancerEndpoint.class, new Kind("GWLB endpoint", Set.of(Subnet.class))),
            Map.entry(ElasticIp.class, new Kind("Elastic IP", Set.of(Region.class))),
            Map.entry(SecurityGroup.class, new Kind("Security group", Set.of(Vpc.class))),
            Map.entry(LoadBalancer.class, new Kind("Load balancer", Set.of(Vpc.class))),
            Map.entry(Listener.class, new Kind("Listener", Set.of(LoadBalancer.class))),
            Map.entry(ListenerRule.class, new Kind("Listener rule", Set.of(Listener.class))),
            Map.entry(TargetGroup.class, new Kind("Target group", Set.of(Vpc.class))),
            Map.entry(Instance.class, new Kind("EC2 instance", Set.of(Subnet.class))),
            Map.entry(AutoScalingGroup.class, new Kind("Auto Scaling group", Set.of(Vpc.class))),
            Map.entry(Certificate.class, new Kind("Certificate", Set.of(Region.class))),
            Map.entry(WebAcl.class, new Kind("WAF web ACL", Set.of(Region.class))),
            Map.entry(S3Bucket.class, new Kind("S3 bucket", Set.of(Region.class))),
            Map.entry(LambdaFunction.class, new Kind("Lambda function", Set.of(Region.class))),
            Map.entry(DnsRecord.class, new Kind("Route 53 record", TOP_LEVEL)),
            Map.entry(Client.class, new Kind("Client", TOP_LEVEL)));

    /**
     * Settings people look for on a kind that AWS does not offer, with what AWS says about them, so that a design file
     * giving one is refused with the reason rather than only "unknown property".
     */
    private static final Map<Class<? extends Element>, Map<String, String>> SETTINGS_AWS_DOES_NOT_HAVE = Map.of(
            // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html
            NatGateway.class, Map.of("security_group_ids", "NAT gateways do not support security groups (NET-NAT-010); "
                    + "control traffic with network ACLs on the NAT gateway's subnet and security groups on the instances"));

    /** What AWS says about a setting it does not offer for the kind; null when the setting is merely unknown. */
    public static String settingAwsDoesNotHave(Class<?> type, String property) {
        return SETTINGS_AWS_DOES_NOT_HAVE.getOrDefault(type, Map.of()).get(property);
    }

    public static String label(Class<? extends Element> type) {
        return kind(type).label();
    }

    /** Whether the kind lives at the top of a design rather than inside a container. */
    public static boolean isTopLevel(Class<? extends Element> type) {
        return kind(type).parents().isEmpty();
    }

    public static boolean mayLiveIn(Class<? extends Element> type, Class<? extends Element> containerType) {
        return kind(type).parents().contains(containerType);
    }

    /** A sentence saying where elements of this kind may be placed, for refusals. */
    public static String placementHint(Class<? extends Element> type) {
        var parents = kind(type).parents();
        if (parents.isEmpty()) {
            return "a " + label(type) + " is placed at the top level of the design";
        }
        return "a " + label(type) + " must be placed inside a " + parents.stream().map(ElementKinds::label).sorted()
                .reduce((a, b) -> a + " or " + b).orElseThrow();
    }

    private static Kind kind(Class<? extends Element> type) {
        var kind = KINDS.get(type);
        if (kind == null) {
            throw new IllegalArgumentException("unknown element kind " + type.getSimpleName());
        }
        return kind;
    }
}
