package com.balancerstudio.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deleting a container takes what it holds with it, whatever order the elements were added in. */
class DeleteTest {
    @Test
    void aSubnetAddedLaterIsDeletedWithAnInstanceMovedIntoIt() {
        var design = Fixtures.webTier();
        var extra = new Subnet(ElementId.of("extra"), "extra", ElementId.of("us-east-1a"), new Rect(20, 400, 300, 120),
                Cidr.parse("10.0.20.0/24"), false);
        design = Edits.add(design, List.of(extra), "Add subnet").apply(design);
        design = Edits.reparent(design, ElementId.of("web-a"), extra.id(), new Rect(20, 40, 64, 64)).apply(design);
        assertThat(design.indexOf(ElementId.of("web-a"))).as("the instance comes before its new subnet")
                .isLessThan(design.indexOf(extra.id()));

        var delete = Edits.delete(design, List.of(extra.id()));
        var after = delete.apply(design);

        assertThat(after.contains(extra.id())).isFalse();
        assertThat(after.contains(ElementId.of("web-a"))).isFalse();
        assertThat(delete.inverse().apply(after)).isEqualTo(design);
    }
}
