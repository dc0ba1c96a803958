package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.NatGateway;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** The Elastic IPs a NAT gateway holds, counted the way the per-gateway limits count them. */
final class NatGatewayAddresses {
    private NatGatewayAddresses() {
    }

    /** Distinct addresses named by the primary and the secondary allocations (one address named twice counts once). */
    static int count(NatGateway nat) {
        return new LinkedHashSet<>(nat.allAllocationIds()).size();
    }

    /** The gateway followed by the Elastic IPs of the design it holds: the elements a finding names. */
    static Element[] withAddresses(Design design, NatGateway nat) {
        var elements = new ArrayList<Element>();
        elements.add(nat);
        nat.allAllocationIds().stream().map(id -> design.get(id, ElasticIp.class)).filter(Objects::nonNull)
                .forEach(elements::add);
        return elements.toArray(Element[]::new);
    }

    /** The Elastic IPs of the design the gateway holds, primary first. */
    static List<ElasticIp> of(Design design, NatGateway nat) {
        return nat.allAllocationIds().stream().distinct().map(id -> design.get(id, ElasticIp.class))
                .filter(Objects::nonNull).toList();
    }
}
