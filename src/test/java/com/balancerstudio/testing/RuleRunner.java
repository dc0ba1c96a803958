package com.balancerstudio.testing;

import com.balancerstudio.model.Design;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CoreRules;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.RuleSet;
import java.util.List;

/** Runs the core rule set in tests and picks out one rule's findings. */
public final class RuleRunner {
    private static final RuleSet CORE = CoreRules.create(Catalog.bundled());

    private RuleRunner() {
    }

    public static RuleSet core() {
        return CORE;
    }

    public static List<Finding> all(Design design) {
        return CORE.check(design);
    }

    public static List<Finding> findings(Design design, String ruleId) {
        return all(design).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
