package com.balancerstudio.rules;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Quota;
import java.util.EnumMap;
import java.util.Map;

/**
 * The quotas a design is checked against: what its account has when the design says so, AWS's default otherwise.
 * The defaults are the numbers of {@link AwsLimits}, each written there with its documentation page.
 */
public final class Quotas {
    private static final Map<Quota, Integer> DEFAULTS = new EnumMap<>(Quota.class);

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html
    // (Application Load Balancers per Region 50, target groups per Region 3,000, targets per target group 1,000,
    // targets per Application Load Balancer 1,000, rules per Application Load Balancer 100; all adjustable)
    private static final int APPLICATION_LOAD_BALANCERS_PER_REGION = 50;
    private static final int TARGET_GROUPS_PER_REGION = 3_000;
    private static final int TARGETS_PER_TARGET_GROUP = 1_000;
    private static final int TARGETS_PER_APPLICATION_LOAD_BALANCER = 1_000;
    private static final int RULES_PER_APPLICATION_LOAD_BALANCER = 100;
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-limits.html
    // (Network Load Balancers per Region 50, targets per Network Load Balancer 3,000; adjustable)
    private static final int NETWORK_LOAD_BALANCERS_PER_REGION = 50;
    private static final int TARGETS_PER_NETWORK_LOAD_BALANCER = 3_000;
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/quotas-limits.html (Gateway Load Balancers per
    // Region 100, adjustable)
    private static final int GATEWAY_LOAD_BALANCERS_PER_REGION = 100;
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-limits.html (Classic Load Balancers per
    // Region 20, registered instances per Classic Load Balancer 1,000; adjustable)
    private static final int CLASSIC_LOAD_BALANCERS_PER_REGION = 20;
    private static final int INSTANCES_PER_CLASSIC_LOAD_BALANCER = 1_000;

    static {
        DEFAULTS.put(Quota.APPLICATION_LOAD_BALANCERS_PER_REGION, APPLICATION_LOAD_BALANCERS_PER_REGION);
        DEFAULTS.put(Quota.NETWORK_LOAD_BALANCERS_PER_REGION, NETWORK_LOAD_BALANCERS_PER_REGION);
        DEFAULTS.put(Quota.GATEWAY_LOAD_BALANCERS_PER_REGION, GATEWAY_LOAD_BALANCERS_PER_REGION);
        DEFAULTS.put(Quota.CLASSIC_LOAD_BALANCERS_PER_REGION, CLASSIC_LOAD_BALANCERS_PER_REGION);
        DEFAULTS.put(Quota.TARGET_GROUPS_PER_REGION, TARGET_GROUPS_PER_REGION);
        DEFAULTS.put(Quota.TARGETS_PER_TARGET_GROUP, TARGETS_PER_TARGET_GROUP);
        DEFAULTS.put(Quota.TARGETS_PER_APPLICATION_LOAD_BALANCER, TARGETS_PER_APPLICATION_LOAD_BALANCER);
        DEFAULTS.put(Quota.TARGETS_PER_NETWORK_LOAD_BALANCER, TARGETS_PER_NETWORK_LOAD_BALANCER);
        DEFAULTS.put(Quota.RULES_PER_APPLICATION_LOAD_BALANCER, RULES_PER_APPLICATION_LOAD_BALANCER);
        DEFAULTS.put(Quota.INSTANCES_PER_CLASSIC_LOAD_BALANCER, INSTANCES_PER_CLASSIC_LOAD_BALANCER);
        DEFAULTS.put(Quota.ELASTIC_IPS_PER_REGION, AwsLimits.ELASTIC_IPS_PER_REGION);
        DEFAULTS.put(Quota.VPCS_PER_REGION, AwsLimits.VPCS_PER_REGION);
        DEFAULTS.put(Quota.IPV4_CIDR_BLOCKS_PER_VPC, AwsLimits.IPV4_CIDR_BLOCKS_PER_VPC);
        DEFAULTS.put(Quota.SUBNETS_PER_VPC, AwsLimits.SUBNETS_PER_VPC);
        DEFAULTS.put(Quota.ROUTES_PER_ROUTE_TABLE, AwsLimits.ROUTES_PER_ROUTE_TABLE);
        DEFAULTS.put(Quota.NAT_GATEWAYS_PER_ZONE, AwsLimits.NAT_GATEWAYS_PER_ZONE);
        DEFAULTS.put(Quota.ELASTIC_IPS_PER_NAT_GATEWAY, AwsLimits.ELASTIC_IPS_PER_NAT_GATEWAY);
        DEFAULTS.put(Quota.RULES_PER_SECURITY_GROUP, AwsLimits.SECURITY_GROUP_RULES_PER_DIRECTION);
        DEFAULTS.put(Quota.SECURITY_GROUPS_PER_INTERFACE, AwsLimits.SECURITY_GROUPS_PER_INTERFACE);
        // The same 25 for Application and Network Load Balancers.
        DEFAULTS.put(Quota.CERTIFICATES_PER_LOAD_BALANCER,
                AwsLimits.CERTIFICATES_PER_LOAD_BALANCER.get(LoadBalancerType.APPLICATION));
        DEFAULTS.put(Quota.LISTENERS_PER_APPLICATION_LOAD_BALANCER,
                AwsLimits.LISTENERS_PER_LOAD_BALANCER.get(LoadBalancerType.APPLICATION));
        DEFAULTS.put(Quota.LISTENERS_PER_CLASSIC_LOAD_BALANCER,
                AwsLimits.LISTENERS_PER_LOAD_BALANCER.get(LoadBalancerType.CLASSIC));
    }

    private Quotas() {
    }

    /** Whether a rule of this version checks the quota (so that raising it changes something). */
    public static boolean isChecked(Quota quota) {
        return DEFAULTS.containsKey(quota);
    }

    /** AWS's default for the quota. */
    public static int defaultOf(Quota quota) {
        var value = DEFAULTS.get(quota);
        if (value == null) {
            throw new IllegalArgumentException("no rule checks " + quota.key() + " yet");
        }
        return value;
    }

    /** The quota for load balancers of a kind per Region. */
    public static Quota loadBalancersPerRegion(LoadBalancerType type) {
        return switch (type) {
            case APPLICATION -> Quota.APPLICATION_LOAD_BALANCERS_PER_REGION;
            case NETWORK -> Quota.NETWORK_LOAD_BALANCERS_PER_REGION;
            case GATEWAY -> Quota.GATEWAY_LOAD_BALANCERS_PER_REGION;
            case CLASSIC -> Quota.CLASSIC_LOAD_BALANCERS_PER_REGION;
        };
    }

    /** The quota the design is held to: its account's value when it gives one, AWS's default otherwise. */
    public static int of(Design design, Quota quota) {
        return design.validation().quotas().getOrDefault(quota, defaultOf(quota));
    }

    /** The words a finding uses: "the default quota is 5" or "the quota of this account is 10". */
    public static String described(Design design, Quota quota) {
        var own = design.validation().quotas().get(quota);
        return own == null ? "the default quota is " + defaultOf(quota) : "the account's quota is " + own;
    }
}
