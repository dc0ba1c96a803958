package com.balancerstudio.rules.edge;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetType;
import java.util.ArrayList;
import java.util.List;

/** The instances a load balancer sends traffic to, each with the port and IP protocol it receives it on. */
final class TargetPorts {
    private TargetPorts() {
    }

    /** An instance target and the port the load balancer connects to on it. */
    record InstanceTarget(Instance instance, int port, String ipProtocol) {
    }

    /** Instance targets of the load balancer's target groups, or the instances a Classic Load Balancer registers. */
    static List<InstanceTarget> instanceTargets(Design design, LoadBalancer lb) {
        var targets = new ArrayList<InstanceTarget>();
        if (lb.type() == LoadBalancerType.CLASSIC) {
            for (var id : lb.instanceIds()) {
                var instance = design.get(id, Instance.class);
                if (instance == null) {
                    continue;
                }
                for (Listener listener : design.topology().listenersOf(lb)) {
                    var port = listener.instancePort() != null ? listener.instancePort() : listener.port();
                    if (port != null) {
                        targets.add(new InstanceTarget(instance, port, "tcp"));
                    }
                }
            }
            return targets;
        }
        for (var group : design.topology().targetGroupsOf(lb)) {
            if (group.targetType() != TargetType.INSTANCE) {
                continue;
            }
            for (var registration : group.targets()) {
                var instance = registration.targetId() == null ? null
                        : design.get(registration.targetId(), Instance.class);
                var port = registration.port() != null ? registration.port() : group.port();
                if (instance != null && port != null) {
                    targets.add(new InstanceTarget(instance, port, SecurityGroupPorts.ipProtocolOf(group.protocol())));
                }
            }
        }
        return targets;
    }
}
