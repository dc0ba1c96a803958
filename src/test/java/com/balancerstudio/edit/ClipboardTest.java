package com.balancerstudio.edit;

import static com.balancerstudio.testing.DesignBuilder.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Instance;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClipboardTest {
    private final com.balancerstudio.model.Design web = Fixtures.webTier();

    @Test
    void pastedCopiesGetFreshIdsAndSitBesideTheOriginals() {
        var pasted = Clipboard.copy(web, List.of(id("web-a"))).paste(web, null, 20, 20);
        var after = pasted.edit().apply(web);

        assertThat(after.size()).isEqualTo(web.size() + 1);
        var copy = after.get(pasted.roots().get(0), Instance.class);
        assertThat(copy.id()).isNotEqualTo(id("web-a"));
        assertThat(copy.parent()).isEqualTo(id("private-a"));
        assertThat(copy.bounds()).isEqualTo(web.get(id("web-a")).bounds().translate(20, 20));
        assertThat(pasted.edit().inverse().apply(after)).isEqualTo(web);
    }

    @Test
    void contentsComeAlongAndInternalLinksPointAtTheCopies() {
        var pasted = Clipboard.copy(web, List.of(id("public-a"), id("eip-a"))).paste(web, null, 0, 300);
        var after = pasted.edit().apply(web);

        assertThat(pasted.roots()).hasSize(2);
        var subnetCopy = pasted.roots().stream().map(id -> after.get(id, Subnet.class))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        var natCopies = after.children(subnetCopy.id());
        assertThat(natCopies).hasSize(1);
        var natCopy = (NatGateway) natCopies.get(0);
        assertThat(natCopy.allocationId()).isNotEqualTo(id("eip-a")).isIn(pasted.roots());
        assertThat(web.get(id("nat-a"), NatGateway.class).allocationId()).isEqualTo(id("eip-a"));
    }

    @Test
    void linksToElementsLeftBehindAreKept() {
        var pasted = Clipboard.copy(web, List.of(id("nat-a"))).paste(web, id("public-b"), 10, 10);
        var after = pasted.edit().apply(web);
        var copy = after.get(pasted.roots().get(0), NatGateway.class);
        assertThat(copy.parent()).isEqualTo(id("public-b"));
        assertThat(copy.allocationId()).isEqualTo(id("eip-a"));
    }

    @Test
    void aContainerThatCannotHoldTheCopiesIsPassedOver() {
        var pasted = Clipboard.copy(web, List.of(id("web-a"))).paste(web, id("vpc"), 20, 20);
        assertThat(pasted.edit().apply(web).get(pasted.roots().get(0)).parent()).isEqualTo(id("private-a"));
    }
}
