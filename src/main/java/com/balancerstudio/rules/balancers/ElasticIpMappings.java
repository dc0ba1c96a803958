package com.balancerstudio.rules.balancers;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.SubnetMapping;
import java.util.Objects;

/** The Elastic IPs a load balancer's subnet mappings allocate, and the edit that takes them off again. */
final class ElasticIpMappings {
    private ElasticIpMappings() {
    }

    static boolean hasElasticIp(LoadBalancer lb) {
        return lb.subnetMappings().stream().anyMatch(m -> m.allocationId() != null);
    }

    /** The load balancer followed by the Elastic IPs of its mappings that exist, for a finding's element list. */
    static Element[] withElasticIps(Design design, LoadBalancer lb) {
        var ips = lb.subnetMappings().stream().map(m -> design.get(m.allocationId())).filter(Objects::nonNull);
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(lb), ips).toArray(Element[]::new);
    }

    /** Keeps every subnet (and private address) of the load balancer and drops the Elastic IP allocations. */
    static Edit removeElasticIps(Design design, LoadBalancer lb) {
        long count = lb.subnetMappings().stream().filter(m -> m.allocationId() != null).count();
        var mappings = lb.subnetMappings().stream()
                .map(m -> new SubnetMapping(m.subnetId(), null, m.privateIpv4Address())).toList();
        var label = count == 1 ? "Remove the Elastic IP from " + lb.name()
                : "Remove " + count + " Elastic IPs from " + lb.name();
        return Edits.change(design, lb.withSubnetMappings(mappings), label);
    }
}
