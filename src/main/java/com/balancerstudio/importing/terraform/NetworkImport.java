package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.importing.hcl.SubnetOfUnknown;
import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.ConnectivityType;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.Ipv6Cidr;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.model.ZoneType;
import com.balancerstudio.rules.AwsLimits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** VPCs and their extra CIDR blocks, subnets in their Availability Zones, internet and NAT gateways, Elastic IPs. */
final class NetworkImport {
    private final Assembly assembly;
    private final Map<String, ElementId> zones = new HashMap<>();

    NetworkImport(Assembly assembly) {
        this.assembly = assembly;
    }

    void run() {
        assembly.each(this::vpc, "aws_vpc");
        assembly.each(this::secondaryBlock, "aws_vpc_ipv4_cidr_block_association");
        assembly.each(this::subnet, "aws_subnet");
        assembly.each(this::internetGateway, "aws_internet_gateway");
        assembly.each(this::gatewayAttachment, "aws_internet_gateway_attachment");
        assembly.each(this::elasticIp, "aws_eip");
        assembly.each(this::natGateway, "aws_nat_gateway");
    }

    private void vpc(ResourceInstance instance, Arguments arguments) throws HclException {
        var region = assembly.regionOf(instance);
        var name = Names.of(arguments, instance);
        var generated = arguments.bool("assign_generated_ipv6_cidr_block", false);
        assembly.add(instance, new Vpc(assembly.newId(name), name, region.id(), null,
                cidr(arguments, "cidr_block"), List.of(), arguments.bool("enable_dns_hostnames", false),
                generated ? Boolean.TRUE : null, ipv6Cidr(arguments, "ipv6_cidr_block")));
    }

    private void secondaryBlock(ResourceInstance instance, Arguments arguments) throws HclException {
        var vpc = assembly.ref(arguments, "vpc_id", Vpc.class);
        var blocks = new ArrayList<>(vpc.secondaryCidrBlocks());
        blocks.add(cidr(arguments, "cidr_block"));
        assembly.replace(vpc.withIpv4(vpc.cidrBlock(), blocks));
    }

    private void subnet(ResourceInstance instance, Arguments arguments) throws HclException {
        var vpc = assembly.ref(arguments, "vpc_id", Vpc.class);
        if (vpc == null) {
            throw new HclException(arguments.position(), "vpc_id is required here");
        }
        var zone = arguments.text("availability_zone");
        if (zone == null) {
            var region = assembly.get(vpc.parent()).name();
            zone = region + "a";
            assembly.note(arguments, instance.address() + " names no availability_zone (AWS would choose one); "
                    + "drawn in " + zone);
        }
        var name = Names.of(arguments, instance);
        var type = arguments.value("outpost_arn") != null ? ZoneType.OUTPOST : ZoneType.ofName(zone);
        var ipv6 = arguments.value("ipv6_cidr_block");
        Ipv6Cidr block = ipv6 instanceof SubnetOfUnknown ? null : ipv6Cidr(arguments, "ipv6_cidr_block");
        Integer netnum = ipv6 instanceof SubnetOfUnknown derived ? netnum(arguments, vpc, derived) : null;
        assembly.add(instance, new Subnet(assembly.newId(name), name, zone(vpc, zone, type), null,
                cidr(arguments, "cidr_block"), arguments.bool("map_public_ip_on_launch", false), block, netnum));
    }

    /** The number n of {@code cidrsubnet(aws_vpc.x.ipv6_cidr_block, 8, n)}: the subnet's /64 in its VPC's block. */
    private Integer netnum(Arguments arguments, Vpc vpc, SubnetOfUnknown derived) throws HclException {
        var position = arguments.positionOf("ipv6_cidr_block");
        if (!(derived.prefix() instanceof AttributeRef ref) || !ref.attribute().equals("ipv6_cidr_block")
                || !vpc.id().equals(assembly.idOf(ref.instance()))) {
            throw new HclException(position, "ipv6_cidr_block: cidrsubnet() of " + derived.prefix()
                    + " is not a block of the subnet's VPC's ipv6_cidr_block");
        }
        if (!vpc.hasIpv6() || vpc.ipv6PrefixLength() + derived.newBits() != AwsLimits.SUBNET_IPV6_PREFIX) {
            throw new HclException(position, "ipv6_cidr_block: a subnet's IPv6 block is a /64, and cidrsubnet() "
                    + "adds " + derived.newBits() + " bits to the VPC's " + (vpc.hasIpv6()
                    ? "/" + vpc.ipv6PrefixLength() : "missing IPv6 block"));
        }
        return derived.number().intValueExact();
    }

    /** The Availability Zone container of the VPC, made on first use. */
    private ElementId zone(Vpc vpc, String zoneName, ZoneType type) {
        return zones.computeIfAbsent(vpc.id().value() + " " + zoneName + " " + type, key -> {
            var id = assembly.newId(zoneName);
            assembly.add(null, new AvailabilityZone(id, zoneName, vpc.id(), null, zoneName, type));
            return id;
        });
    }

    private void internetGateway(ResourceInstance instance, Arguments arguments) throws HclException {
        var vpc = assembly.ref(arguments, "vpc_id", Vpc.class);
        var region = vpc == null ? assembly.regionOf(instance).id() : vpc.parent();
        var name = Names.of(arguments, instance);
        assembly.add(instance, new InternetGateway(assembly.newId(name), name, region, null,
                vpc == null ? null : vpc.id()));
    }

    private void gatewayAttachment(ResourceInstance instance, Arguments arguments) throws HclException {
        var gateway = assembly.ref(arguments, "internet_gateway_id", InternetGateway.class);
        var vpc = assembly.ref(arguments, "vpc_id", Vpc.class);
        assembly.replace(new InternetGateway(gateway.id(), gateway.name(), gateway.parent(), gateway.bounds(), vpc.id()));
    }

    private void elasticIp(ResourceInstance instance, Arguments arguments) throws HclException {
        var region = assembly.regionOf(instance);
        var name = Names.of(arguments, instance);
        assembly.add(instance, new ElasticIp(assembly.newId(name), name, region.id(), null,
                arguments.text("network_border_group")));
    }

    private void natGateway(ResourceInstance instance, Arguments arguments) throws HclException {
        var subnet = assembly.ref(arguments, "subnet_id", Subnet.class);
        if (subnet == null) {
            throw new HclException(arguments.position(), "subnet_id is required here");
        }
        var connectivity = arguments.has("connectivity_type")
                ? arguments.enumValue("connectivity_type", ConnectivityType.class) : ConnectivityType.PUBLIC;
        var address = assembly.ref(arguments, "allocation_id", ElasticIp.class);
        var secondary = assembly.refs(arguments, "secondary_allocation_ids", ElasticIp.class).stream()
                .map(ElasticIp::id).toList();
        var name = Names.of(arguments, instance);
        assembly.add(instance, new NatGateway(assembly.newId(name), name, subnet.id(), null, connectivity,
                address == null ? null : address.id(), secondary));
    }

    /** The IPv6 block the argument sets, or null when it is not set. */
    static Ipv6Cidr ipv6Cidr(Arguments arguments, String argument) throws HclException {
        return ipv6Cidr(arguments, argument, arguments.text(argument));
    }

    /** The IPv6 block written as the text, with an error at the argument when it is not one. */
    static Ipv6Cidr ipv6Cidr(Arguments arguments, String argument, String text) throws HclException {
        try {
            return text == null ? null : Ipv6Cidr.parse(text);
        } catch (IllegalArgumentException e) {
            throw new HclException(arguments.positionOf(argument), argument + " \"" + text + "\": " + e.getMessage());
        }
    }

    static Cidr cidr(Arguments arguments, String argument) throws HclException {
        var text = arguments.requiredText(argument);
        try {
            return Cidr.parse(text);
        } catch (IllegalArgumentException e) {
            throw new HclException(arguments.positionOf(argument), argument + " \"" + text + "\": " + e.getMessage());
        }
    }
}
