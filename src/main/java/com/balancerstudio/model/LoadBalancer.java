package com.balancerstudio.model;

import java.util.List;
import java.util.Objects;

/**
 * An Elastic Load Balancer of one of the four kinds, drawn in its VPC and enabled in the subnets of its mappings.
 * Attributes follow the Terraform aws_lb names; a Classic Load Balancer also registers instances directly and carries
 * its own health check and connection draining timeout (aws_elb). Null attributes take the AWS default.
 * {@code dropInvalidHeaderFields}, {@code clientKeepAlive} and {@code enableWafFailOpen} are Application Load Balancer
 * attributes; {@code desyncMitigationMode} belongs to Application and Classic Load Balancers.
 */
public record LoadBalancer(ElementId id, String name, ElementId parent, Rect bounds, LoadBalancerType loadBalancerType,
                           boolean internal, List<SubnetMapping> subnetMappings, List<ElementId> securityGroupIds,
                           IpAddressType ipAddressType, Integer idleTimeout, boolean enableDeletionProtection,
                           AccessLogs accessLogs, ElementId webAclId, Boolean enableHttp2,
                           Boolean enableCrossZoneLoadBalancing, List<ElementId> instanceIds, HealthCheck healthCheck,
                           Integer connectionDrainingTimeout, Boolean dropInvalidHeaderFields,
                           DesyncMitigationMode desyncMitigationMode, Integer clientKeepAlive,
                           Boolean enableWafFailOpen) implements Element {
    public LoadBalancer {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        Objects.requireNonNull(loadBalancerType, "load_balancer_type is required");
        subnetMappings = Ids.listOf(subnetMappings);
        securityGroupIds = Ids.listOf(securityGroupIds);
        ipAddressType = ipAddressType == null ? IpAddressType.IPV4 : ipAddressType;
        instanceIds = Ids.listOf(instanceIds);
    }

    /** A load balancer of the given kind with AWS defaults for everything but its subnets. */
    public static LoadBalancer of(ElementId id, String name, ElementId vpc, Rect bounds, LoadBalancerType type,
                                  boolean internal, List<SubnetMapping> mappings) {
        return new LoadBalancer(id, name, vpc, bounds, type, internal, mappings, List.of(), null, null, false, null,
                null, null, null, List.of(), null, null, null, null, null, null);
    }

    public LoadBalancerType type() {
        return loadBalancerType;
    }

    /**
     * Whether clients on the internet reach it. A Gateway Load Balancer has no scheme at all (traffic reaches it through
     * endpoints and route tables), so it is never internet-facing whatever {@code internal} says.
     */
    public boolean internetFacing() {
        return !internal && loadBalancerType != LoadBalancerType.GATEWAY;
    }

    public List<ElementId> subnetIds() {
        return subnetMappings.stream().map(SubnetMapping::subnetId).toList();
    }

    @Override
    public List<Reference> references() {
        var builder = Reference.builder();
        for (int i = 0; i < subnetMappings.size(); i++) {
            builder.add("subnet_mappings[" + i + "].subnet_id", subnetMappings.get(i).subnetId(), Subnet.class);
            builder.add("subnet_mappings[" + i + "].allocation_id", subnetMappings.get(i).allocationId(), ElasticIp.class);
        }
        return builder.addAll("security_group_ids", securityGroupIds, SecurityGroup.class)
                .add("web_acl_id", webAclId, WebAcl.class)
                .addAll("instance_ids", instanceIds, Instance.class)
                .build();
    }

    @Override
    public LoadBalancer withoutReferencesTo(ElementId target) {
        var mappings = subnetMappings.stream()
                .filter(m -> !m.subnetId().equals(target))
                .map(m -> target.equals(m.allocationId()) ? new SubnetMapping(m.subnetId(),
                        null, m.privateIpv4Address()) : m)
                .toList();
        return new LoadBalancer(id, name, parent, bounds, loadBalancerType, internal, mappings,
                Ids.without(securityGroupIds, target), ipAddressType, idleTimeout, enableDeletionProtection, accessLogs,
                Ids.unless(webAclId, target), enableHttp2, enableCrossZoneLoadBalancing, Ids.without(instanceIds, target),
                healthCheck, connectionDrainingTimeout,
                dropInvalidHeaderFields, desyncMitigationMode, clientKeepAlive, enableWafFailOpen);
    }

    public LoadBalancer withSubnetMappings(List<SubnetMapping> mappings) {
        return new LoadBalancer(id, name, parent, bounds, loadBalancerType, internal, mappings, securityGroupIds,
                ipAddressType, idleTimeout, enableDeletionProtection, accessLogs, webAclId, enableHttp2,
                enableCrossZoneLoadBalancing, instanceIds, healthCheck, connectionDrainingTimeout,
                        dropInvalidHeaderFields, desyncMitigationMode, clientKeepAlive, enableWafFailOpen);
    }

    @Override
    public LoadBalancer withName(String newName) {
        return new LoadBalancer(id, newName, parent, bounds, loadBalancerType, internal, subnetMappings, securityGroupIds,
                ipAddressType, idleTimeout, enableDeletionProtection, accessLogs, webAclId, enableHttp2,
                enableCrossZoneLoadBalancing, instanceIds, healthCheck, connectionDrainingTimeout,
                        dropInvalidHeaderFields, desyncMitigationMode, clientKeepAlive, enableWafFailOpen);
    }

    @Override
    public LoadBalancer withPlacement(ElementId newParent, Rect newBounds) {
        return new LoadBalancer(id, name, newParent, newBounds, loadBalancerType, internal, subnetMappings,
                securityGroupIds, ipAddressType, idleTimeout, enableDeletionProtection, accessLogs, webAclId,
                enableHttp2, enableCrossZoneLoadBalancing, instanceIds, healthCheck, connectionDrainingTimeout,
                        dropInvalidHeaderFields, desyncMitigationMode, clientKeepAlive, enableWafFailOpen);
    }
}
