package com.balancerstudio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.edit.History;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.Quota;
import com.balancerstudio.testing.RuleRunner;
import com.balancerstudio.testing.SampleFiles;
import org.junit.jupiter.api.Test;

/** A rule switched off for a design stays quiet; a raised quota moves the line a quota rule draws. */
class ValidationSettingsRulesTest {
    private static com.balancerstudio.model.Design sprawl() throws Exception {
        return DesignFile.read(SampleFiles.EXERCISES.resolve("elastic-ip-sprawl.balancer.json"));
    }

    @Test
    void aRuleSwitchedOffForTheDesignIsNotRunAndSwitchingItOnIsUndoable() throws Exception {
        var design = sprawl();
        assertThat(RuleRunner.findings(design, "NET-EIP-001")).isNotEmpty();
        var history = new History(design);

        history.apply(Edits.switchRuleOff(design, "NET-EIP-001", "the account has 20 addresses"));

        assertThat(RuleRunner.findings(history.design(), "NET-EIP-001")).isEmpty();
        assertThat(history.design().validation().reasonOff("NET-EIP-001")).isEqualTo("the account has 20 addresses");
        assertThat(RuleRunner.all(history.design())).hasSize(RuleRunner.all(design).size()
                - RuleRunner.findings(design, "NET-EIP-001").size());
        history.undo();
        assertThat(RuleRunner.findings(history.design(), "NET-EIP-001")).isNotEmpty();
    }

    @Test
    void aRaisedQuotaSilencesTheQuotaRuleAndTheMessageNamesTheQuotaInForce() throws Exception {
        var design = sprawl();
        var used = RuleRunner.findings(design, "NET-EIP-001").get(0);
        assertThat(used.message()).contains("the default quota is 5 per Region");
        int n = Integer.parseInt(used.message().replaceAll(".* uses (\\d+) Elastic IPs.*", "$1"));

        var enough = Edits.setQuota(design, Quota.ELASTIC_IPS_PER_REGION, n).apply(design);
        var tooFew = Edits.setQuota(design, Quota.ELASTIC_IPS_PER_REGION, n - 1).apply(design);

        assertThat(RuleRunner.findings(enough, "NET-EIP-001")).isEmpty();
        assertThat(RuleRunner.findings(tooFew, "NET-EIP-001")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("the account's quota is " + (n - 1) + " per Region"));
    }

    @Test
    void everyQuotaADesignCanRaiseIsCheckedByARule() {
        assertThat(Quota.values()).allSatisfy(quota -> assertThat(Quotas.isChecked(quota)).as(quota.key()).isTrue());
    }
}
