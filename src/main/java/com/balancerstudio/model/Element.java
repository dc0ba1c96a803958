package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * One thing in a design. Every element has a stable id, a display name, the id of the element that contains it
 * (null for top-level elements) and bounds relative to that container; it lists the other elements it refers to.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Region.class, name = "region"),
    @JsonSubTypes.Type(value = Vpc.class, name = "vpc"),
    @JsonSubTypes.Type(value = AvailabilityZone.class, name = "availability_zone"),
    @JsonSubTypes.Type(value = Subnet.class, name = "subnet"),
    @JsonSubTypes.Type(value = RouteTable.class, name = "route_table"),
    @JsonSubTypes.Type(value = InternetGateway.class, name = "internet_gateway"),
    @JsonSubTypes.Type(value = NatGateway.class, name = "nat_gateway"),
    @JsonSubTypes.Type(value = GatewayLoadBalancerEndpoint.class, name = "gateway_load_balancer_endpoint"),
    @JsonSubTypes.Type(value = ElasticIp.class, name = "elastic_ip"),
    @JsonSubTypes.Type(value = SecurityGroup.class, name = "security_group"),
    @JsonSubTypes.Type(value = LoadBalancer.class, name = "load_balancer"),
    @JsonSubTypes.Type(value = Listener.class, name = "listener"),
    @JsonSubTypes.Type(value = ListenerRule.class, name = "listener_rule"),
    @JsonSubTypes.Type(value = TargetGroup.class, name = "target_group"),
    @JsonSubTypes.Type(value = Instance.class, name = "instance"),
    @JsonSubTypes.Type(value = AutoScalingGroup.class, name = "autoscaling_group"),
    @JsonSubTypes.Type(value = Certificate.class, name = "certificate"),
    @JsonSubTypes.Type(value = WebAcl.class, name = "web_acl"),
    @JsonSubTypes.Type(value = S3Bucket.class, name = "s3_bucket"),
    @JsonSubTypes.Type(value = LambdaFunction.class, name = "lambda_function"),
    @JsonSubTypes.Type(value = DnsRecord.class, name = "dns_record"),
    @JsonSubTypes.Type(value = Client.class, name = "client"),
})
public sealed interface Element
        permits Region, Vpc, AvailabilityZone, Subnet, RouteTable, InternetGateway, NatGateway,
        GatewayLoadBalancerEndpoint, ElasticIp,
        SecurityGroup, LoadBalancer, Listener, ListenerRule, TargetGroup, Instance, AutoScalingGroup, Certificate,
        WebAcl, S3Bucket, LambdaFunction, DnsRecord, Client {

    ElementId id();

    String name();

    /** The containing element, or null for an element at the top of the design. */
    ElementId parent();

    /** Position and size relative to the container's top-left corner. */
    Rect bounds();

    Element withName(String name);

    Element withPlacement(ElementId parent, Rect bounds);

    /** The other elements this one points at, other than its container. */
    default List<Reference> references() {
        return List.of();
    }

    /** A copy of this element with every reference to {@code target} removed (used when the target is deleted). */
    default Element withoutReferencesTo(ElementId target) {
        return this;
    }

    /** What a person calls this kind of element, e.g. "Load balancer". */
    default String kindLabel() {
        return ElementKinds.label(getClass());
    }
}
