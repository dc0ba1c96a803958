package com.balancerstudio.rules.kinds;

import com.balancerstudio.model.AccessLogs;
import com.balancerstudio.model.DesyncMitigationMode;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LoadBalancer;
import java.util.List;

/** Changed copies of a load balancer, one attribute at a time, for the quick fixes of this package. */
final class LoadBalancerChanges {
    private LoadBalancerChanges() {
    }

    static LoadBalancer withAccessLogs(LoadBalancer l, AccessLogs logs) {
        return new LoadBalancer(l.id(), l.name(), l.parent(), l.bounds(), l.loadBalancerType(), l.internal(),
                l.subnetMappings(), l.securityGroupIds(), l.ipAddressType(), l.idleTimeout(),
                l.enableDeletionProtection(), logs, l.webAclId(), l.enableHttp2(),
                l.enableCrossZoneLoadBalancing(), l.instanceIds(), l.healthCheck(), l.connectionDrainingTimeout(),
                l.dropInvalidHeaderFields(), l.desyncMitigationMode(), l.clientKeepAlive(), l.enableWafFailOpen());
    }

    static LoadBalancer withInternal(LoadBalancer l, boolean internal) {
        return new LoadBalancer(l.id(), l.name(), l.parent(), l.bounds(), l.loadBalancerType(), internal,
                l.subnetMappings(), l.securityGroupIds(), l.ipAddressType(), l.idleTimeout(),
                l.enableDeletionProtection(), l.accessLogs(), l.webAclId(), l.enableHttp2(),
                l.enableCrossZoneLoadBalancing(), l.instanceIds(), l.healthCheck(), l.connectionDrainingTimeout(),
                l.dropInvalidHeaderFields(), l.desyncMitigationMode(), l.clientKeepAlive(), l.enableWafFailOpen());
    }

    static LoadBalancer withSecurityGroups(LoadBalancer l, List<ElementId> groups) {
        return new LoadBalancer(l.id(), l.name(), l.parent(), l.bounds(), l.loadBalancerType(), l.internal(),
                l.subnetMappings(), groups, l.ipAddressType(), l.idleTimeout(), l.enableDeletionProtection(),
                l.accessLogs(), l.webAclId(), l.enableHttp2(), l.enableCrossZoneLoadBalancing(), l.instanceIds(),
                l.healthCheck(), l.connectionDrainingTimeout(),
                l.dropInvalidHeaderFields(), l.desyncMitigationMode(), l.clientKeepAlive(), l.enableWafFailOpen());
    }

    static LoadBalancer withDeletionProtection(LoadBalancer l, boolean enabled) {
        return new LoadBalancer(l.id(), l.name(), l.parent(), l.bounds(), l.loadBalancerType(), l.internal(),
                l.subnetMappings(), l.securityGroupIds(), l.ipAddressType(), l.idleTimeout(), enabled,
                l.accessLogs(), l.webAclId(), l.enableHttp2(), l.enableCrossZoneLoadBalancing(), l.instanceIds(),
                l.healthCheck(), l.connectionDrainingTimeout(),
                l.dropInvalidHeaderFields(), l.desyncMitigationMode(), l.clientKeepAlive(), l.enableWafFailOpen());
    }

    static LoadBalancer withCrossZone(LoadBalancer l, Boolean crossZone) {
        return new LoadBalancer(l.id(), l.name(), l.parent(), l.bounds(), l.loadBalancerType(), l.internal(),
                l.subnetMappings(), l.securityGroupIds(), l.ipAddressType(), l.idleTimeout(),
                l.enableDeletionProtection(), l.accessLogs(), l.webAclId(), l.enableHttp2(), crossZone,
                l.instanceIds(), l.healthCheck(), l.connectionDrainingTimeout(),
                l.dropInvalidHeaderFields(), l.desyncMitigationMode(), l.clientKeepAlive(), l.enableWafFailOpen());
    }

    static LoadBalancer withConnectionDraining(LoadBalancer l, Integer timeout) {
        return new LoadBalancer(l.id(), l.name(), l.parent(), l.bounds(), l.loadBalancerType(), l.internal(),
                l.subnetMappings(), l.securityGroupIds(), l.ipAddressType(), l.idleTimeout(),
                l.enableDeletionProtection(), l.accessLogs(), l.webAclId(), l.enableHttp2(),
                l.enableCrossZoneLoadBalancing(), l.instanceIds(), l.healthCheck(), timeout,
                l.dropInvalidHeaderFields(), l.desyncMitigationMode(), l.clientKeepAlive(), l.enableWafFailOpen());
    }

    static LoadBalancer withHttp2(LoadBalancer l, Boolean http2) {
        return new LoadBalancer(l.id(), l.name(), l.parent(), l.bounds(), l.loadBalancerType(), l.internal(),
                l.subnetMappings(), l.securityGroupIds(), l.ipAddressType(), l.idleTimeout(),
                l.enableDeletionProtection(), l.accessLogs(), l.webAclId(), http2, l.enableCrossZoneLoadBalancing(),
                l.instanceIds(), l.healthCheck(), l.connectionDrainingTimeout(),
                l.dropInvalidHeaderFields(), l.desyncMitigationMode(), l.clientKeepAlive(), l.enableWafFailOpen());
    }

    static LoadBalancer withHeaderHandling(LoadBalancer l, Boolean dropInvalid, DesyncMitigationMode desync) {
        return new LoadBalancer(l.id(), l.name(), l.parent(), l.bounds(), l.loadBalancerType(), l.internal(),
                l.subnetMappings(), l.securityGroupIds(), l.ipAddressType(), l.idleTimeout(),
                l.enableDeletionProtection(), l.accessLogs(), l.webAclId(), l.enableHttp2(),
                l.enableCrossZoneLoadBalancing(), l.instanceIds(), l.healthCheck(), l.connectionDrainingTimeout(),
                dropInvalid, desync, l.clientKeepAlive(), l.enableWafFailOpen());
    }
}
