package com.balancerstudio.rules.addressing;

import static com.balancerstudio.rules.addressing.Tweaks.add;
import static com.balancerstudio.rules.addressing.Tweaks.change;
import static com.balancerstudio.rules.addressing.Tweaks.get;
import static com.balancerstudio.rules.addressing.Tweaks.id;
import static com.balancerstudio.testing.RuleRunner.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Certificate;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Region;
import com.balancerstudio.rules.Severity;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionWiringTest {
    private final Design clean = Fixtures.webTier();

    @Test
    void aCertificateOfAnotherRegionOnAListenerIsReported() {
        var https = get(clean, "https", Listener.class);
        var design = change(add(clean, new Region(id("eu-west-1"), "eu-west-1", null, new Rect(0, 1000, 400, 300),
                "eu-west-1"), new Certificate(id("eu-cert"), "eu-cert", id("eu-west-1"), new Rect(20, 40, 60, 60),
                "www.example.com", List.of(), null, null, null, null)), https.withCertificate(id("eu-cert")));

        assertThat(findings(design, "NET-REG-003")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Certificate eu-cert is in Region eu-west-1 but load balancer web-alb is"
                    + " in us-east-1; cross-Region wiring is not possible.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly(id("eu-cert"), id("web-alb"));
        });
    }

    @Test
    void everythingWiredFromTheLoadBalancerRegionIsQuiet() {
        assertThat(findings(clean, "NET-REG-003")).isEmpty();
    }
}
