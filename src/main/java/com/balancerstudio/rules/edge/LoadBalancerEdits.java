package com.balancerstudio.rules.edge;

import com.balancerstudio.model.AccessLogs;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LoadBalancer;

/** Changed copies of a load balancer for the quick fixes of this package. */
final class LoadBalancerEdits {
    private LoadBalancerEdits() {
    }

    static LoadBalancer withAccessLogs(LoadBalancer l, AccessLogs logs) {
        return new LoadBalancer(l.id(), l.name(), l.parent(), l.bounds(), l.loadBalancerType(), l.internal(),
                l.subnetMappings(), l.securityGroupIds(), l.ipAddressType(), l.idleTimeout(),
                l.enableDeletionProtection(), logs, l.webAclId(), l.enableHttp2(), l.enableCrossZoneLoadBalancing(),
                l.instanceIds(), l.healthCheck(), l.connectionDrainingTimeout(),
                l.dropInvalidHeaderFields(), l.desyncMitigationMode(), l.clientKeepAlive(), l.enableWafFailOpen());
    }

    static LoadBalancer withWebAcl(LoadBalancer l, ElementId webAcl) {
        return new LoadBalancer(l.id(), l.name(), l.parent(), l.bounds(), l.loadBalancerType(), l.internal(),
                l.subnetMappings(), l.securityGroupIds(), l.ipAddressType(), l.idleTimeout(),
                l.enableDeletionProtection(), l.accessLogs(), webAcl, l.enableHttp2(), l.enableCrossZoneLoadBalancing(),
                l.instanceIds(), l.healthCheck(), l.connectionDrainingTimeout(),
                l.dropInvalidHeaderFields(), l.desyncMitigationMode(), l.clientKeepAlive(), l.enableWafFailOpen());
    }

    static LoadBalancer withWafFailOpen(LoadBalancer l, Boolean failOpen) {
        return new LoadBalancer(l.id(), l.name(), l.parent(), l.bounds(), l.loadBalancerType(), l.internal(),
                l.subnetMappings(), l.securityGroupIds(), l.ipAddressType(), l.idleTimeout(),
                l.enableDeletionProtection(), l.accessLogs(), l.webAclId(), l.enableHttp2(),
                l.enableCrossZoneLoadBalancing(), l.instanceIds(), l.healthCheck(), l.connectionDrainingTimeout(),
                l.dropInvalidHeaderFields(), l.desyncMitigationMode(), l.clientKeepAlive(), failOpen);
    }
}
