package com.balancerstudio.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The event queue hands out actions by time, and in scheduling order when times are equal. */
class EventQueueTest {
    @Property
    void actionsComeOutOrderedByTimeThenBySchedulingOrder(
            @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 20) Integer> times) {
        var queue = new EventQueue();
        var ran = new ArrayList<int[]>();
        for (int i = 0; i < times.size(); i++) {
            int index = i;
            int time = times.get(i);
            queue.schedule(time, () -> ran.add(new int[] {time, index}));
        }
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
        var expected = new ArrayList<int[]>();
        for (int i = 0; i < times.size(); i++) {
            expected.add(new int[] {times.get(i), i});
        }
        expected.sort(Comparator.<int[]>comparingInt(e -> e[0]).thenComparingInt(e -> e[1]));
        assertThat(ran).usingElementComparator((a, b) -> a[0] == b[0] && a[1] == b[1] ? 0 : 1)
                .containsExactlyElementsOf(expected);
    }
}
