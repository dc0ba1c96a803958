package com.balancerstudio.ui.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.balancerstudio.io.DesignFileException;
import com.balancerstudio.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {
    @TempDir
    Path temp;

    @Test
    void keptDesignComesBackWithTheFileItBelongsTo() throws Exception {
        var store = new RecoveryStore(temp.resolve("recovery"));
        assertThat(store.exists()).isFalse();
        assertThat(store.load()).isEmpty();

        var origin = temp.resolve("web.balancer.json");
        store.keep(Fixtures.webTier(), origin);

        var recovered = store.load().orElseThrow();
        assertThat(recovered.design()).isEqualTo(Fixtures.webTier());
        assertThat(recovered.origin()).isEqualTo(origin.toAbsolutePath());
    }

    @Test
    void aNewDesignHasNoOriginAndDiscardRemovesEverything() throws Exception {
        var store = new RecoveryStore(temp.resolve("recovery"));
        store.keep(Fixtures.webTier(), null);
        assertThat(store.load().orElseThrow().origin()).isNull();

        store.discard();
        assertThat(store.exists()).isFalse();
        try (var left = Files.list(store.folder())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aDamagedRecoveryFileIsReportedNotIgnored() throws Exception {
        var store = new RecoveryStore(temp);
        store.keep(Fixtures.webTier(), null);
        try (var files = Files.list(temp)) {
            var design = files.filter(p -> p.toString().endsWith(".balancer.json")).findFirst().orElseThrow();
            Files.writeString(design, "{ broken");
        }
        assertThatThrownBy(store::load).isInstanceOf(DesignFileException.class);
    }

    @Test
    void theDefaultFolderIsUnderTheUsersHome() {
        assertThat(RecoveryStore.inUserHome().folder())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".balancer-studio", "recovery"));
    }
}
