package com.balancerstudio.rules.kinds;

import static com.balancerstudio.rules.kinds.KindDesigns.filled;
import static com.balancerstudio.rules.kinds.KindDesigns.id;
import static com.balancerstudio.rules.kinds.KindDesigns.ids;
import static com.balancerstudio.rules.kinds.KindDesigns.lb;
import static com.balancerstudio.rules.kinds.KindDesigns.plus;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.CrossZoneSetting;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cross-zone load balancing rules (ELB-XZ) of the catalog that the core set leaves out. */
class CrossZoneRulesTest {
    private final TargetGroup webGroup = Fixtures.get(Fixtures.webTier(), "web-tg", TargetGroup.class);

    @Test
    void anNlbLeftAtTheDefaultIsNotedAndTheQuickFixWritesTheDefaultDown() {
        var design = plus(Fixtures.webTier(), lb("nlb", LoadBalancerType.NETWORK, true, "private-a"));
        assertThat(findings(design, "ELB-XZ-002")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).isEqualTo("Cross-zone load balancing for nlb defaults to off.");
            var fixed = f.quickFix().apply(design);
            assertThat(fixed.get(id("nlb"), LoadBalancer.class).enableCrossZoneLoadBalancing()).isFalse();
            assertThat(findings(fixed, "ELB-XZ-002")).isEmpty();
        });
    }

    @Test
    void anAlbHasNoDefaultToStateAndAnNlbWithASettingIsRight() {
        assertThat(findings(Fixtures.webTier(), "ELB-XZ-002")).isEmpty();
        var on = lb("nlb", LoadBalancerType.NETWORK, true, "private-a").withCrossZoneLoadBalancing(true);
        assertThat(findings(plus(Fixtures.webTier(), on), "ELB-XZ-002")).isEmpty();
    }

    /** An NLB forwarding TCP 443 to the web tier's ALB through an alb-type target group. */
    private static Design nlbInFrontOfTheAlb(Boolean nlbCrossZone) {
        var group = new TargetGroup(id("to-alb"), "to-alb", id("vpc"), null, Protocol.TCP, 443, TargetType.ALB, null,
                null, null, null, null, null, null, List.of(new TargetRegistration(id("web-alb"), null, null, 443)),
                null, null, null, null, null);
        var nlb = lb("nlb", LoadBalancerType.NETWORK, false, "public-a",
                "public-b").withCrossZoneLoadBalancing(nlbCrossZone);
        var listener = new Listener(id("tcp"), "TCP :443", nlb.id(), null, Protocol.TCP, 443, null, List.of(), null,
                Action.Forward.to(group.id()), null, null, false, null, null, null);
        return plus(Fixtures.webTier(), group, nlb, listener);
    }

    @Test
    void anNlbWithCrossZoneOffInFrontOfAnAlbIsWarnedAndTheQuickFixAlignsItsTargetGroup() {
        var design = nlbInFrontOfTheAlb(null);
        assertThat(findings(design, "ELB-XZ-004")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("NLB nlb and its target ALB web-alb have different cross-zone"
                    + " settings; this can cause intermittent 503 errors.");
            assertThat(f.elementIds()).containsExactly(ids("nlb", "to-alb", "web-alb"));
            assertThat(f.quickFix().label()).isEqualTo("Set cross-zone load balancing of target group 'to-alb' to on");
            assertThat(findings(f.quickFix().apply(design), "ELB-XZ-004")).isEmpty();
        });
    }

    @Test
    void anNlbWithCrossZoneOnInFrontOfAnAlbIsRight() {
        assertThat(findings(nlbInFrontOfTheAlb(true), "ELB-XZ-004")).isEmpty();
    }

    private static TargetGroup withCrossZone(TargetGroup group, CrossZoneSetting setting, String... instances) {
        return group.withCrossZone(setting).withTargets(
                java.util.Arrays.stream(instances).map(i -> TargetRegistration.instance(id(i))).toList());
    }

    @Test
    void anAlbTargetGroupWithCrossZoneOffAndNoTargetInAZoneIsWarned() {
        var design = Fixtures.with(Fixtures.webTier(), withCrossZone(webGroup, CrossZoneSetting.OFF, "web-a"));
        assertThat(findings(design, "ELB-XZ-005")).singleElement().satisfies(f -> {
            filled(f);
            assertThat(f.message()).isEqualTo("Target group web-tg has cross-zone off and no targets in us-east-1b;"
                    + " HTTP requests entering that AZ get 503.");
            assertThat(f.elementIds()).containsExactly(ids("web-tg", "web-alb"));
        });
    }

    @Test
    void anAlbTargetGroupWithCrossZoneOffAndTargetsInEveryZoneIsRight() {
        var everyZone = Fixtures.with(Fixtures.webTier(),
                withCrossZone(webGroup, CrossZoneSetting.OFF, "web-a", "web-b"));
        assertThat(findings(everyZone, "ELB-XZ-005")).isEmpty();
        var crossZoneOn = Fixtures.with(Fixtures.webTier(), withCrossZone(webGroup, CrossZoneSetting.INHERIT, "web-a"));
        assertThat(findings(crossZoneOn, "ELB-XZ-005")).isEmpty();
    }
}
