package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.ConnectivityType;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Vpc;
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
        assembly.add(instance, new Vpc(assembly.newId(name), name, region.id(), null,
                cidr(arguments, "cidr_block"), List.of(), arguments.bool("enable_dns_hostnames", false)));
    }

    private void secondaryBlock(ResourceInstance instance, Arguments arguments) throws HclException {
        var vpc = assembly.ref(arguments, "vpc_id", Vpc.class);
        var blocks = new ArrayList<>(vpc.secondaryCidrBlocks());
        blocks.add(cidr(arguments, "cidr_block"));
        assembly.replace(new Vpc(vpc.id(), vpc.name(), vpc.parent(), vpc.bounds(), vpc.cidrBlock(), blocks,
                vpc.enableDnsHostnames()));
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
        assembly.add(instance, new Subnet(assembly.newId(name), name, zone(vpc, zone), null,
                cidr(arguments, "cidr_block"), arguments.bool("map_public_ip_on_launch", false)));
    }

    /** The Availability Zone container of the VPC, made on first use. */
    private ElementId zone(Vpc vpc, String zoneName) {
        return zones.computeIfAbsent(vpc.id().value() + " " + zoneName, key -> {
            var id = assembly.newId(zoneName);
            assembly.add(null, new AvailabilityZone(id, zoneName, vpc.id(), null, zoneName));
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

    static Cidr cidr(Arguments arguments, String argument) throws HclException {
        var text = arguments.requiredText(argument);
        try {
            return Cidr.parse(text);
        } catch (IllegalArgumentException e) {
            throw new HclException(arguments.positionOf(argument), argument + " \"" + text + "\": " + e.getMessage());
        }
    }
}
