package com.balancerstudio.rules.network;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.Vpc;
import java.util.Objects;

/** The quick fix shared by the rules that need a VPC's internet gateway: attach a detached gateway to the VPC. */
final class GatewayAttachment {
    private GatewayAttachment() {
    }

    /**
     * The edit attaching the gateway to the VPC, or null when that is not plainly right: the gateway is attached
     * elsewhere (taking it would break that VPC), the VPC already has one, or they are in different Regions
     * (an internet gateway cannot serve a VPC of another Region).
     */
    static Edit attach(Design design, InternetGateway gateway, Vpc vpc) {
        var topology = design.topology();
        if (gateway.vpcId() != null || topology.hasInternetGateway(vpc)
                || !Objects.equals(topology.regionOf(gateway), topology.regionOf(vpc))) {
            return null;
        }
        var attached = new InternetGateway(gateway.id(), gateway.name(), gateway.parent(), gateway.bounds(), vpc.id());
        return Edits.change(design, attached,
                "Attach internet gateway '" + gateway.name() + "' to VPC '" + vpc.name() + "'");
    }
}
