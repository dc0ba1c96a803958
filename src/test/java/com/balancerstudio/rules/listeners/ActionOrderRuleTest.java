package com.balancerstudio.rules.listeners;

import static com.balancerstudio.rules.listeners.ListenerDesigns.WEB;
import static com.balancerstudio.rules.listeners.ListenerDesigns.add;
import static com.balancerstudio.rules.listeners.ListenerDesigns.fixed;
import static com.balancerstudio.rules.listeners.ListenerDesigns.get;
import static com.balancerstudio.rules.listeners.ListenerDesigns.id;
import static com.balancerstudio.rules.listeners.ListenerDesigns.rule;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.RuleCondition;
import com.balancerstudio.model.WeightedTargetGroup;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ELB-RULE-015: the orders of a listener rule's actions are 1-50000, distinct, and authentication runs first. */
class ActionOrderRuleTest {
    private static final RuleCondition API = RuleCondition.of(ConditionField.PATH_PATTERN, "/api/*");

    private static Design withRule(Action action) {
        return add(WEB, rule("api-rule", "https", 10, action, API));
    }

    private static Action.Forward forward(Integer order) {
        return new Action.Forward(List.of(WeightedTargetGroup.of(id("web-tg"))), null, order);
    }

    private static Action.Authenticate authenticate(Integer order, Integer forwardOrder) {
        return new Action.Authenticate("cognito", null, List.of(WeightedTargetGroup.of(id("web-tg"))), order,
                forwardOrder);
    }

    @Test
    void anOrderOfZeroIsRefusedAndTheFixLeavesTheOrderImplicit() {
        var design = withRule(forward(0));

        var finding = findings(design, "ELB-RULE-015").get(0);

        assertThat(finding.message()).isEqualTo("Action order 0 in rule api-rule is invalid or duplicated (1-50000).");
        assertThat(finding.elementIds()).containsExactly(id("api-rule"), id("https"));
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        var after = fixed(design, finding);
        assertThat(get(after, "api-rule", ListenerRule.class).action().order()).isNull();
        assertThat(findings(after, "ELB-RULE-015")).isEmpty();
    }

    @Test
    void anAuthenticationAndItsForwardWithTheSameOrderOrInTheWrongOrderAreRefused() {
        assertThat(findings(withRule(authenticate(2, 2)), "ELB-RULE-015")).extracting(Finding::message)
                .containsExactly("Action order 2 in rule api-rule is invalid or duplicated (1-50000).");
        assertThat(findings(withRule(authenticate(3, 2)), "ELB-RULE-015")).extracting(Finding::message)
                .containsExactly("Action order 3 in rule api-rule is invalid or duplicated (1-50000).");
        assertThat(findings(withRule(authenticate(1, 50001)), "ELB-RULE-015")).extracting(Finding::message)
                .containsExactly("Action order 50001 in rule api-rule is invalid or duplicated (1-50000).");
        var fixed = fixed(withRule(authenticate(3, 2)), findings(withRule(authenticate(3, 2)), "ELB-RULE-015").get(0));
        assertThat(get(fixed, "api-rule", ListenerRule.class).action().orders()).containsExactly(null, null);
        assertThat(findings(fixed, "ELB-RULE-015")).isEmpty();
    }

    @Test
    void ordersInRangeDistinctAndAuthenticationFirstOrImplicitAreFine() {
        assertThat(findings(withRule(forward(50000)), "ELB-RULE-015")).isEmpty();
        assertThat(findings(withRule(forward(1)), "ELB-RULE-015")).isEmpty();
        assertThat(findings(withRule(forward(null)), "ELB-RULE-015")).isEmpty();
        assertThat(findings(withRule(authenticate(1, 2)), "ELB-RULE-015")).isEmpty();
        assertThat(findings(withRule(authenticate(null, 5)), "ELB-RULE-015")).isEmpty();
        assertThat(findings(WEB, "ELB-RULE-015")).isEmpty();
    }
}
