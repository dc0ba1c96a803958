package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A validation rule switched off for one design, with the reason the person gave (as linters ask for). */
public record RuleSwitch(@JsonProperty("rule") String ruleId, String reason) {
    public RuleSwitch {
        if (ruleId == null || !ruleId.matches("[A-Z0-9]+(-[A-Z0-9]+)+")) {
            throw new IllegalArgumentException("'" + ruleId + "' is not a rule id such as ELB-LSN-007");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("switching off " + ruleId + " needs a reason");
        }
    }
}
