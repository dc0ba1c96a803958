package com.balancerstudio.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.WebAcl;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordCopierTest {
    private final TargetGroup group = Fixtures.get(Fixtures.webTier(), "web-tg", TargetGroup.class);

    @Test
    void changesOneComponentAndKeepsTheOthers() {
        var copy = RecordCopier.with(group, "port", 8080);
        assertThat(copy.port()).isEqualTo(8080);
        assertThat(RecordCopier.with(copy, "port", group.port())).isEqualTo(group);
    }

    @Test
    void changesAValueInsideANestedRecord() {
        var copy = (TargetGroup) RecordPaths.with(group, List.of("healthCheck", "timeout"), 40);
        assertThat(copy.healthCheck().timeout()).isEqualTo(40);
        assertThat(copy.healthCheck().path()).isEqualTo(group.healthCheck().path());
        assertThat(RecordPaths.label(List.of("healthCheck", "timeout"), "web-tg"))
                .isEqualTo("Set health check timeout of web-tg");
    }

    @Test
    void aValueTheRecordRefusesIsReportedWithItsMessage() {
        assertThatThrownBy(() -> RecordCopier.with(group, "name", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> RecordCopier.with(group, "noSuchThing", 1))
                .hasMessage("TargetGroup has no property noSuchThing");
    }

    @Test
    void referenceKindsComeFromTheElementsOwnReferences() {
        var alb = Fixtures.get(Fixtures.webTier(), "web-alb", LoadBalancer.class);
        assertThat(ReferenceKinds.of(alb, "webAclId", false)).containsExactly(WebAcl.class);
        assertThat(ReferenceKinds.of(alb, "securityGroupIds", true)).containsExactly(SecurityGroup.class);
        assertThat(ReferenceKinds.of(alb, "name", false)).isEmpty();
        assertThat(ReferenceKinds.of(Fixtures.get(Fixtures.webTier(), "web-a", Instance.class), "elasticIpId", false))
                .isNotEmpty();
    }
}
