package com.balancerstudio.rules.addressing;

import static com.balancerstudio.rules.addressing.Tweaks.add;
import static com.balancerstudio.rules.addressing.Tweaks.change;
import static com.balancerstudio.rules.addressing.Tweaks.get;
import static com.balancerstudio.rules.addressing.Tweaks.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.InstanceState;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** ELB-TGT-012: a stopped instance registered as a target. */
class StoppedInstanceRegisteredTest {
    private final Design clean = Fixtures.webTier();

    private static Design stopped(Design design, String name) {
        return change(design, get(design, name, Instance.class).withState(InstanceState.STOPPED));
    }

    @Test
    void aStoppedTargetIsNotedAndTheQuickFixStartsIt() {
        var design = stopped(clean, "web-a");

        var found = findings(design, "ELB-TGT-012");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Instance web-a is stopped; instances must be running to register and "
                    + "receive traffic.");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.elementIds()).containsExactly(id("web-a"), id("web-tg"));
            assertThat(f.quickFix().label()).isEqualTo("Start instance 'web-a'");
        });
        assertThat(found.get(0).quickFix().apply(design)).isEqualTo(clean);
    }

    @Test
    void runningTargetsAndAStoppedInstanceNoOneRegistersAreQuiet() {
        var running = change(clean, get(clean, "web-a", Instance.class).withState(InstanceState.RUNNING));
        var spare = stopped(add(clean, Tweaks.instance("spare", "private-a", null, null, null)), "spare");

        assertThat(findings(clean, "ELB-TGT-012")).isEmpty();
        assertThat(findings(running, "ELB-TGT-012")).isEmpty();
        assertThat(findings(spare, "ELB-TGT-012")).isEmpty();
    }
}
