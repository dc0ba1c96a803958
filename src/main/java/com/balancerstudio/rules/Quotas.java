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

    static {
        DEFAULTS.put(Quota.ELASTIC_IPS_PER_REGION, AwsLimits.ELASTIC_IPS_PER_REGION);
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
