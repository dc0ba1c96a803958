package com.balancerstudio.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An Elastic Load Balancer of one of the four kinds, drawn in its VPC and enabled in the subnets of its mappings.
 * Attributes follow the Terraform aws_lb names; a Classic Load Balancer also registers instances directly and carries
 * its own health check and connection draining timeout (aws_elb). Null attributes take the AWS default.
 * {@code dropInvalidHeaderFields}, {@code clientKeepAlive} and {@code enableWafFailOpen} are Application Load Balancer
 * attributes; {@code desyncMitigationMode} belongs to Application and Classic Load Balancers. A Classic Load Balancer's
 * {@code targetKeepAliveSeconds} is not an AWS setting but how long the application on its instances keeps an idle
 * HTTP connection open (null when the design does not say); other kinds record it on their target groups.
 */
public record LoadBalancer(ElementId id, String name, ElementId parent, Rect bounds, LoadBalancerType loadBalancerType,
                           boolean internal, List<SubnetMapping> subnetMappings, List<ElementId> securityGroupIds,
                           IpAddressType ipAddressType, Integer idleTimeout, boolean enableDeletionProtection,
                           AccessLogs accessLogs, ElementId webAclId, Boolean enableHttp2,
                           Boolean enableCrossZoneLoadBalancing, List<ElementId> instanceIds, HealthCheck healthCheck,
                           Integer connectionDrainingTimeout, Boolean dropInvalidHeaderFields,
                           DesyncMitigationMode desyncMitigationMode, Integer clientKeepAlive,
                           Boolean enableWafFailOpen, Integer targetKeepAliveSeconds) implements Element {
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
                null, null, null, List.of(), null, null, null, null, null, null, null);
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
        return changed(d -> {
            d.subnetMappings = mappings;
            d.securityGroupIds = Ids.without(securityGroupIds, target);
            d.webAclId = Ids.unless(webAclId, target);
            d.instanceIds = Ids.without(instanceIds, target);
        });
    }

    public LoadBalancer withSubnetMappings(List<SubnetMapping> mappings) {
        return changed(d -> d.subnetMappings = mappings);
    }

    @Override
    public LoadBalancer withName(String newName) {
        return changed(d -> d.name = newName);
    }

    @Override
    public LoadBalancer withPlacement(ElementId newParent, Rect newBounds) {
        return changed(d -> {
            d.parent = newParent;
            d.bounds = newBounds;
        });
    }

    public LoadBalancer withInternal(boolean newInternal) {
        return changed(d -> d.internal = newInternal);
    }

    public LoadBalancer withSecurityGroups(List<ElementId> groups) {
        return changed(d -> d.securityGroupIds = groups);
    }

    public LoadBalancer withIpAddressType(IpAddressType type) {
        return changed(d -> d.ipAddressType = type);
    }

    public LoadBalancer withIdleTimeout(Integer seconds) {
        return changed(d -> d.idleTimeout = seconds);
    }

    public LoadBalancer withDeletionProtection(boolean enabled) {
        return changed(d -> d.enableDeletionProtection = enabled);
    }

    public LoadBalancer withAccessLogs(AccessLogs logs) {
        return changed(d -> d.accessLogs = logs);
    }

    public LoadBalancer withWebAcl(ElementId webAcl) {
        return changed(d -> d.webAclId = webAcl);
    }

    public LoadBalancer withHttp2(Boolean enabled) {
        return changed(d -> d.enableHttp2 = enabled);
    }

    public LoadBalancer withCrossZoneLoadBalancing(Boolean enabled) {
        return changed(d -> d.enableCrossZoneLoadBalancing = enabled);
    }

    /** The same Classic Load Balancer with these instances registered (in this order). */
    public LoadBalancer withInstances(List<ElementId> instances) {
        return changed(d -> d.instanceIds = instances);
    }

    public LoadBalancer withHealthCheck(HealthCheck check) {
        return changed(d -> d.healthCheck = check);
    }

    public LoadBalancer withConnectionDrainingTimeout(Integer seconds) {
        return changed(d -> d.connectionDrainingTimeout = seconds);
    }

    /** The same load balancer with other invalid-header handling and desync mitigation (null: AWS's default). */
    public LoadBalancer withHeaderHandling(Boolean dropInvalid, DesyncMitigationMode desync) {
        return changed(d -> {
            d.dropInvalidHeaderFields = dropInvalid;
            d.desyncMitigationMode = desync;
        });
    }

    public LoadBalancer withClientKeepAlive(Integer seconds) {
        return changed(d -> d.clientKeepAlive = seconds);
    }

    public LoadBalancer withWafFailOpen(Boolean failOpen) {
        return changed(d -> d.enableWafFailOpen = failOpen);
    }

    /** The same Classic Load Balancer with another recorded keep-alive timeout of its instances' application. */
    public LoadBalancer withTargetKeepAliveSeconds(Integer seconds) {
        return changed(d -> d.targetKeepAliveSeconds = seconds);
    }

    /** A copy with the attributes the change sets; the one place besides the readers that lists every component. */
    private LoadBalancer changed(Consumer<Draft> change) {
        var d = new Draft(this);
        change.accept(d);
        return new LoadBalancer(d.id, d.name, d.parent, d.bounds, d.loadBalancerType, d.internal, d.subnetMappings,
                d.securityGroupIds, d.ipAddressType, d.idleTimeout, d.enableDeletionProtection, d.accessLogs,
                d.webAclId, d.enableHttp2, d.enableCrossZoneLoadBalancing, d.instanceIds, d.healthCheck,
                d.connectionDrainingTimeout, d.dropInvalidHeaderFields, d.desyncMitigationMode, d.clientKeepAlive,
                d.enableWafFailOpen, d.targetKeepAliveSeconds);
    }

    /** The components of a load balancer being copied, open to change. */
    private static final class Draft {
        private final ElementId id;
        private String name;
        private ElementId parent;
        private Rect bounds;
        private final LoadBalancerType loadBalancerType;
        private boolean internal;
        private List<SubnetMapping> subnetMappings;
        private List<ElementId> securityGroupIds;
        private IpAddressType ipAddressType;
        private Integer idleTimeout;
        private boolean enableDeletionProtection;
        private AccessLogs accessLogs;
        private ElementId webAclId;
        private Boolean enableHttp2;
        private Boolean enableCrossZoneLoadBalancing;
        private List<ElementId> instanceIds;
        private HealthCheck healthCheck;
        private Integer connectionDrainingTimeout;
        private Boolean dropInvalidHeaderFields;
        private DesyncMitigationMode desyncMitigationMode;
        private Integer clientKeepAlive;
        private Boolean enableWafFailOpen;
        private Integer targetKeepAliveSeconds;

        private Draft(LoadBalancer l) {
            id = l.id;
            name = l.name;
            parent = l.parent;
            bounds = l.bounds;
            loadBalancerType = l.loadBalancerType;
            internal = l.internal;
            subnetMappings = l.subnetMappings;
            securityGroupIds = l.securityGroupIds;
            ipAddressType = l.ipAddressType;
            idleTimeout = l.idleTimeout;
            enableDeletionProtection = l.enableDeletionProtection;
            accessLogs = l.accessLogs;
            webAclId = l.webAclId;
            enableHttp2 = l.enableHttp2;
            enableCrossZoneLoadBalancing = l.enableCrossZoneLoadBalancing;
            instanceIds = l.instanceIds;
            healthCheck = l.healthCheck;
            connectionDrainingTimeout = l.connectionDrainingTimeout;
            dropInvalidHeaderFields = l.dropInvalidHeaderFields;
            desyncMitigationMode = l.desyncMitigationMode;
            clientKeepAlive = l.clientKeepAlive;
            enableWafFailOpen = l.enableWafFailOpen;
            targetKeepAliveSeconds = l.targetKeepAliveSeconds;
        }
    }
}
