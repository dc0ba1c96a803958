package com.balancerstudio.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {
    private final Preferences node = Preferences.userRoot().node("balancer-studio-tests/" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void mostRecentFirstWithoutDuplicatesUpToTheLimit() {
        var recent = new RecentFiles(node, 3);
        for (var name : new String[] {"a", "b", "c", "b", "d"}) {
            recent.add(Path.of("/designs/" + name + ".balancer.json"));
        }
        assertThat(recent.list()).extracting(p -> p.getFileName().toString())
                .containsExactly("d.balancer.json", "b.balancer.json", "c.balancer.json");
    }

    @Test
    void theListOutlivesTheObjectAndForgetsRemovedFiles() {
        new RecentFiles(node, 5).add(Path.of("/designs/a.balancer.json"));
        new RecentFiles(node, 5).add(Path.of("/designs/b.balancer.json"));
        var again = new RecentFiles(node, 5);
        again.remove(Path.of("/designs/a.balancer.json"));
        assertThat(new RecentFiles(node, 5).list()).containsExactly(Path.of("/designs/b.balancer.json"));
    }
}
