package com.balancerstudio.io;

import com.balancerstudio.model.Quota;
import com.balancerstudio.model.RuleSwitch;
import com.balancerstudio.model.ValidationSettings;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code validation} object of a design file: the rules switched off (each with its reason) and the raised
 * quotas, by their names.
 */
@JsonPropertyOrder({"disabled_rules", "quotas"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ValidationDocument(@JsonProperty("disabled_rules") List<RuleSwitch> disabledRules,
                          Map<String, Integer> quotas) {

    /** The object to write, or null when the design switches nothing off and raises no quota. */
    static ValidationDocument of(ValidationSettings settings) {
        if (settings.isEmpty()) {
            return null;
        }
        var quotas = new LinkedHashMap<String, Integer>();
        settings.quotas().forEach((quota, value) -> quotas.put(quota.key(), value));
        return new ValidationDocument(settings.disabledRules(), quotas);
    }

    /** The settings it describes; an unknown quota name is an error that lists the known ones. */
    ValidationSettings settings() {
        var map = new EnumMap<Quota, Integer>(Quota.class);
        if (quotas != null) {
            for (var entry : quotas.entrySet()) {
                var quota = Quota.byKey(entry.getKey());
                if (quota == null) {
                    throw new IllegalArgumentException("'" + entry.getKey() + "' is not a quota a design can raise; "
                            + "known: " + String.join(", ", Arrays.stream(Quota.values()).map(Quota::key).toList()));
                }
                map.put(quota, entry.getValue());
            }
        }
        return new ValidationSettings(disabledRules, map);
    }
}
