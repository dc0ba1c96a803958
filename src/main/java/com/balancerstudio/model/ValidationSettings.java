package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a design says about its own validation: the rules switched off for it (each with its reason) and the quotas
 * its AWS account has had raised.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ValidationSettings(@JsonProperty("disabled_rules") List<RuleSwitch> disabledRules,
                                 Map<Quota, Integer> quotas) {
    public static final ValidationSettings NONE = new ValidationSettings(List.of(), Map.of());

    public ValidationSettings {
        disabledRules = Ids.listOf(disabledRules);
        var ids = new HashSet<String>();
        for (var rule : disabledRules) {
            if (!ids.add(rule.ruleId())) {
                throw new IllegalArgumentException(rule.ruleId() + " is switched off twice");
            }
        }
        var copy = new EnumMap<Quota, Integer>(Quota.class);
        if (quotas != null) {
            quotas.forEach((quota, value) -> {
                Objects.requireNonNull(quota, "quota name");
                if (value == null || value < 1) {
                    throw new IllegalArgumentException("quota " + quota.key() + " must be a whole number of at least 1");
                }
                copy.put(quota, value);
            });
        }
        quotas = Collections.unmodifiableMap(copy);
    }

    /** The reason the rule is switched off, or null when it is on. */
    public String reasonOff(String ruleId) {
        return disabledRules.stream().filter(r -> r.ruleId().equals(ruleId)).map(RuleSwitch::reason).findFirst()
                .orElse(null);
    }

    public ValidationSettings withRuleOff(String ruleId, String reason) {
        var list = new ArrayList<>(disabledRules);
        list.removeIf(r -> r.ruleId().equals(ruleId));
        list.add(new RuleSwitch(ruleId, reason));
        return new ValidationSettings(list, quotas);
    }

    public ValidationSettings withRuleOn(String ruleId) {
        var list = new ArrayList<>(disabledRules);
        list.removeIf(r -> r.ruleId().equals(ruleId));
        return new ValidationSettings(list, quotas);
    }

    /** With the account's quota set, or back to AWS's default when {@code value} is null. */
    public ValidationSettings withQuota(Quota quota, Integer value) {
        var map = new EnumMap<Quota, Integer>(Quota.class);
        map.putAll(quotas);
        if (value == null) {
            map.remove(quota);
        } else {
            map.put(quota, value);
        }
        return new ValidationSettings(disabledRules, map);
    }

    public boolean isEmpty() {
        return disabledRules.isEmpty() && quotas.isEmpty();
    }
}
