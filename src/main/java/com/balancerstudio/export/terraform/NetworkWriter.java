package com.balancerstudio.export.terraform;

import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Vpc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** VPCs with their secondary blocks, internet gateways, subnets, Elastic IPs and NAT gateways. */
final class NetworkWriter {
    private final ExportContext context;
    /** Elastic IPs repeated per zone get one output for all zones. */
    private final Set<Address> familiesWithOutput = new HashSet<>();

    NetworkWriter(ExportContext context) {
        this.context = context;
    }

    void write() {
        context.design.elementsOf(Vpc.class).forEach(this::vpc);
        context.design.elementsOf(InternetGateway.class).forEach(this::internetGateway);
        context.design.elementsOf(Subnet.class).forEach(this::subnet);
        context.design.elementsOf(ElasticIp.class).forEach(this::elasticIp);
        context.design.elementsOf(NatGateway.class).forEach(this::natGateway);
    }

    private void vpc(Vpc vpc) {
        context.resource(ExportContext.NETWORK, vpc, new Body()
                .str("cidr_block", vpc.cidrBlock().toString())
                .bool("enable_dns_support", true)
                .bool("enable_dns_hostnames", vpc.enableDnsHostnames())
                .attr("tags", ExportContext.tags(vpc.name())));
        var vpcLabel = context.plan.address(vpc.id()).label();
        for (int i = 0; i < vpc.secondaryCidrBlocks().size(); i++) {
            var block = vpc.secondaryCidrBlocks().get(i);
            context.resources.addZonal(ExportContext.NETWORK, "aws_vpc_ipv4_cidr_block_association", vpcLabel, null,
                    vpcLabel + " secondary " + (i + 1), context.providers.regionOf(vpc), new Body()
                            .attr("vpc_id", context.plan.ref(vpc.id(), "id"))
                            .str("cidr_block", block.toString()));
        }
    }

    private void internetGateway(InternetGateway gateway) {
        context.resource(ExportContext.NETWORK, gateway, new Body()
                .attr("vpc_id", context.ref(gateway, gateway.vpcId(), "id", "VPC"))
                .attr("tags", ExportContext.tags(gateway.name())));
    }

    private void subnet(Subnet subnet) {
        var vpc = context.topology.vpcOf(subnet);
        context.resource(ExportContext.NETWORK, subnet, new Body()
                .attr("vpc_id", vpc == null ? null : context.plan.ref(vpc.id(), "id"))
                .str("availability_zone", context.topology.zoneNameOf(subnet))
                .str("cidr_block", subnet.cidrBlock().toString())
                .bool("map_public_ip_on_launch", subnet.mapPublicIpOnLaunch() ? true : null)
                .attr("tags", ExportContext.tags(subnet.name())));
    }

    private void elasticIp(ElasticIp address) {
        context.resource(ExportContext.NETWORK, address, new Body()
                .str("domain", "vpc")
                .str("network_border_group", address.networkBorderGroup())
                .attr("tags", ExportContext.tags(address.name())));
        var own = context.plan.address(address.id());
        if (own.key() == null) {
            context.output(own.label() + " public ip", "Public IPv4 address of the Elastic IP " + address.name(),
                    own.attr("public_ip"));
        } else if (familiesWithOutput.add(own.resource())) {
            context.output(own.label() + " public ips", "Public IPv4 addresses of the Elastic IPs "
                    + String.join(", ", familyNames(own)) + ", by Availability Zone", Expr.raw("{ for zone, address in " + own.resource().render()
                    + " : zone => address.public_ip }"));
        }
    }

    private List<String> familyNames(Address family) {
        return context.design.elementsOf(ElasticIp.class).stream()
                .filter(e -> family.resource().equals(context.plan.address(e.id()).resource()))
                .map(ElasticIp::name).toList();
    }

    private void natGateway(NatGateway gateway) {
        var body = new Body();
        if (gateway.isPublic()) {
            body.attr("allocation_id", context.ref(gateway, gateway.allocationId(), "id", "Elastic IP"));
            if (!gateway.secondaryAllocationIds().isEmpty()) {
                body.attr("secondary_allocation_ids", Expr.list(context.refs(gateway,
                        gateway.secondaryAllocationIds(), "id", "Elastic IP")));
            }
        } else {
            body.str("connectivity_type", gateway.connectivityType().value());
            if (!gateway.secondaryAllocationIds().isEmpty()) {
                context.note(gateway, "a private NAT gateway takes no Elastic IPs; its secondary Elastic IPs are "
                        + "left out");
            }
        }
        var subnet = context.design.get(gateway.parent());
        body.attr("subnet_id", context.plan.ref(subnet.id(), "id"))
                .attr("tags", ExportContext.tags(gateway.name()));
        var vpc = context.topology.vpcOf(gateway);
        if (gateway.isPublic() && vpc != null && context.topology.hasInternetGateway(vpc)) {
            // A public NAT gateway needs its VPC's internet gateway first (as the provider documentation advises).
            var gateways = new ArrayList<String>();
            context.topology.gatewaysAttachedTo(vpc).forEach(g -> gateways.add(context.plan.address(g.id()).render()));
            body.attr("depends_on", Expr.raw("[" + String.join(", ", gateways) + "]"));
        }
        context.resource(ExportContext.NETWORK, gateway, body);
        if (gateway.isPublic() && gateway.allocationId() == null) {
            context.note(gateway, "public NAT gateway without an Elastic IP: Terraform cannot create it so");
        }
    }
}
