package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The AWS service quotas an account can have raised, by the name a design file gives them. What AWS grants by
 * default is written beside each rule that checks it; a design (or the person's settings) says when its account has
 * more.
 */
public enum Quota {
    ELASTIC_IPS_PER_REGION("elastic_ips_per_region", "Elastic IP addresses per Region"),
    VPCS_PER_REGION("vpcs_per_region", "VPCs per Region"),
    IPV4_CIDR_BLOCKS_PER_VPC("ipv4_cidr_blocks_per_vpc", "IPv4 CIDR blocks per VPC"),
    SUBNETS_PER_VPC("subnets_per_vpc", "subnets per VPC"),
    ROUTES_PER_ROUTE_TABLE("routes_per_route_table", "routes per route table"),
    NAT_GATEWAYS_PER_ZONE("nat_gateways_per_zone", "NAT gateways per Availability Zone"),
    ELASTIC_IPS_PER_NAT_GATEWAY("elastic_ips_per_nat_gateway", "Elastic IP addresses per public NAT gateway"),
    RULES_PER_SECURITY_GROUP("rules_per_security_group", "inbound or outbound rules per security group"),
    SECURITY_GROUPS_PER_INTERFACE("security_groups_per_interface", "security groups per network interface"),
    APPLICATION_LOAD_BALANCERS_PER_REGION("application_load_balancers_per_region", "Application Load Balancers per Region"),
    NETWORK_LOAD_BALANCERS_PER_REGION("network_load_balancers_per_region", "Network Load Balancers per Region"),
    GATEWAY_LOAD_BALANCERS_PER_REGION("gateway_load_balancers_per_region", "Gateway Load Balancers per Region"),
    CLASSIC_LOAD_BALANCERS_PER_REGION("classic_load_balancers_per_region", "Classic Load Balancers per Region"),
    TARGET_GROUPS_PER_REGION("target_groups_per_region", "target groups per Region"),
    LISTENERS_PER_APPLICATION_LOAD_BALANCER("listeners_per_application_load_balancer", "listeners per Application Load Balancer"),
    LISTENERS_PER_CLASSIC_LOAD_BALANCER("listeners_per_classic_load_balancer", "listeners per Classic Load Balancer"),
    RULES_PER_APPLICATION_LOAD_BALANCER("rules_per_application_load_balancer", "listener rules per Application Load Balancer"),
    CERTIFICATES_PER_LOAD_BALANCER("certificates_per_load_balancer", "certificates per load balancer"),
    TARGETS_PER_TARGET_GROUP("targets_per_target_group", "targets per target group"),
    TARGETS_PER_APPLICATION_LOAD_BALANCER("targets_per_application_load_balancer", "targets per Application Load Balancer"),
    TARGETS_PER_NETWORK_LOAD_BALANCER("targets_per_network_load_balancer", "targets per Network Load Balancer"),
    INSTANCES_PER_CLASSIC_LOAD_BALANCER("instances_per_classic_load_balancer", "instances per Classic Load Balancer");

    private final String key;
    private final String label;

    Quota(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name in a design file and on the command line. */
    @JsonValue
    public String key() {
        return key;
    }

    /** What a person reads: "Elastic IP addresses per Region". */
    public String label() {
        return label;
    }

    /** The quota of this name, or null. */
    public static Quota byKey(String key) {
        for (var quota : values()) {
            if (quota.key.equals(key)) {
                return quota;
            }
        }
        return null;
    }
}
