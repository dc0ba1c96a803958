package com.balancerstudio.export.terraform;

import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.model.ZoneType;
import com.balancerstudio.rules.AwsLimits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** VPCs with their secondary blocks, internet gateways, subnets, Elastic IPs and NAT gateways. */
final class NetworkWriter {
    private final ExportContext context;
    /** Elastic IPs repeated per zone get one output for all zones. */
    private final Set<Address> familiesWithOutput = new HashSet<>();
    private final Map<ElementId, Expr> outpostInputs = new HashMap<>();

    NetworkWriter(ExportContext context) {
        this.context = context;
    }

    void write() {
        context.design.elementsOf(Vpc.class).forEach(this::vpc);
        context.design.elementsOf(InternetGateway.class).forEach(this::internetGateway);
        context.design.elementsOf(Subnet.class).forEach(this::subnet);
        context.design.elementsOf(AvailabilityZone.class).forEach(this::optIn);
        context.design.elementsOf(ElasticIp.class).forEach(this::elasticIp);
        context.design.elementsOf(NatGateway.class).forEach(this::natGateway);
    }

    private void vpc(Vpc vpc) {
        var body = new Body()
                .str("cidr_block", vpc.cidrBlock().toString())
                .bool("enable_dns_support", true)
                .bool("enable_dns_hostnames", vpc.enableDnsHostnames())
                .bool("assign_generated_ipv6_cidr_block", vpc.generatesIpv6Block() ? true : null);
        if (vpc.ipv6CidrBlock() != null) {
            // AWS hands out a chosen IPv6 block only from an IPAM pool (BYOIP pools are IPAM pools too).
            body.str("ipv6_cidr_block", vpc.ipv6CidrBlock().toString())
                    .attr("ipv6_ipam_pool_id", context.inputs.declare(context.labels.take("variable",
                                    vpc.name() + " ipv6 ipam pool id", "vpc_ipv6_ipam_pool_id"), "string",
                            "ID of the IPAM pool that holds " + vpc.ipv6CidrBlock() + ", the IPv6 block of VPC "
                                    + vpc.name() + " (design element " + vpc.id().value() + ")", null));
        }
        context.resource(ExportContext.NETWORK, vpc, body.attr("tags", ExportContext.tags(vpc.name())));
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
        var zone = context.topology.zoneOf(subnet);
        context.resource(ExportContext.NETWORK, subnet, new Body()
                .attr("vpc_id", vpc == null ? null : context.plan.ref(vpc.id(), "id"))
                .str("availability_zone", context.topology.zoneNameOf(subnet))
                .attr("outpost_arn", zone != null && zone.zoneType() == ZoneType.OUTPOST ? outpostArn(zone) : null)
                .str("cidr_block", subnet.cidrBlock().toString())
                .attr("ipv6_cidr_block", ipv6Block(subnet, vpc))
                .bool("map_public_ip_on_launch", subnet.mapPublicIpOnLaunch() ? true : null)
                .attr("tags", ExportContext.tags(subnet.name())));
    }

    /**
     * The subnet's /64: written out, or the n-th /64 of the VPC's block as Terraform users write it,
     * {@code cidrsubnet(aws_vpc.main.ipv6_cidr_block, 8, n)}, since a generated block is known only after apply.
     */
    private Expr ipv6Block(Subnet subnet, Vpc vpc) {
        if (subnet.ipv6CidrBlock() != null) {
            return Expr.str(subnet.ipv6CidrBlock().toString());
        }
        if (subnet.ipv6Netnum() == null) {
            return null;
        }
        int newBits = vpc == null ? -1 : AwsLimits.SUBNET_IPV6_PREFIX - vpc.ipv6PrefixLength();
        if (vpc == null || !vpc.hasIpv6() || newBits < 0) {
            context.note(subnet, "IPv6 block number " + subnet.ipv6Netnum() + " needs a VPC IPv6 block of /64 or "
                    + "larger; left out");
            return null;
        }
        return Expr.raw("cidrsubnet(" + context.plan.ref(vpc.id(), "ipv6_cidr_block").render() + ", " + newBits
                + ", " + subnet.ipv6Netnum() + ")");
    }

    /** Local and Wavelength Zones serve an account only once it opts in to their zone group, outside Terraform. */
    private void optIn(AvailabilityZone zone) {
        if (zone.zoneType() == ZoneType.LOCAL_ZONE || zone.zoneType() == ZoneType.WAVELENGTH_ZONE) {
            context.note(zone, zone.zoneType().title() + " " + zone.zoneName() + " must be opted in to (its zone "
                    + "group) before its subnets can be created; not part of this configuration");
        }
    }

    /** The input variable with the ARN of the Outpost a zone stands for (one per zone element). */
    private Expr outpostArn(AvailabilityZone zone) {
        return outpostInputs.computeIfAbsent(zone.id(), id -> context.inputs.declare(
                context.labels.take("variable", zone.name() + " outpost arn", "outpost_arn"), "string",
                "ARN of the Outpost drawn as zone " + zone.name() + " (" + zone.zoneName() + ", design element "
                        + id.value() + ")", null));
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
