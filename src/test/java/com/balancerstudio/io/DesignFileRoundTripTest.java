package com.balancerstudio.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignFileRoundTripTest {
    @TempDir
    Path folder;

    @Test
    void savedTextReadsBackAsTheSameDesign() throws Exception {
        var design = Fixtures.webTier();
        assertThat(DesignFile.parse(DesignFile.toJson(design), "test")).isEqualTo(design);
    }

    @Test
    void anEmptyDesignSavesAndLoads() throws Exception {
        var empty = com.balancerstudio.model.Design.empty("Nothing yet");
        assertThat(DesignFile.toJson(empty)).contains("\"elements\": []");
        assertThat(DesignFile.parse(DesignFile.toJson(empty), "empty")).isEqualTo(empty);
    }

    @Test
    void textIsStableAndDiffFriendly() {
        var json = DesignFile.toJson(Fixtures.webTier());
        assertThat(json).isEqualTo(DesignFile.toJson(Fixtures.webTier()));
        assertThat(json).startsWith("{\n  \"formatVersion\": 3,\n  \"name\": \"Web tier\",\n  \"elements\": [\n    {\n      \"type\": \"region\",");
        assertThat(json).doesNotContain("\r").endsWith("}\n");
        assertThat(json).contains("\"load_balancer_type\": \"application\"", "\"cidr_block\": \"10.0.0.0/16\"");
        // Listeners are not drawn, and of the health check only the path is set: nothing else is written out.
        assertThat(json).contains("\"path\": \"/health\"").doesNotContain("\"interval\"")
                .doesNotContain("\"width\": 0.0");
    }

    @Test
    void saveWritesTheFileAndKeepsThePreviousVersionAsBackup() throws Exception {
        var file = folder.resolve("web.balancer.json");
        var first = Fixtures.webTier();
        DesignFile.write(first, file);
        assertThat(DesignFile.read(file)).isEqualTo(first);
        assertThat(AtomicWrite.backupOf(file)).doesNotExist();

        var second = first.withName("Renamed");
        DesignFile.write(second, file);
        assertThat(DesignFile.read(file)).isEqualTo(second);
        assertThat(DesignFile.read(AtomicWrite.backupOf(file))).isEqualTo(first);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("web.balancer.json", "web.balancer.json.bak");
        }
    }

    @Test
    void savedFilesAreReadableByOthersAndKeepTheirPermissions() throws Exception {
        var file = folder.resolve("web.balancer.json");
        DesignFile.write(Fixtures.webTier(), file);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        DesignFile.write(Fixtures.webTier().withName("Again"), file);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-rw----");
    }

    @Test
    void aFailedSaveLeavesThePreviousFileIntact() throws Exception {
        var file = folder.resolve("web.balancer.json");
        DesignFile.write(Fixtures.webTier(), file);
        var before = Files.readString(file);
        var missingFolder = folder.resolve("gone").resolve("web.balancer.json");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DesignFile.write(Fixtures.webTier(), missingFolder))
                .isInstanceOf(DesignFileException.class).hasMessageContaining("not saved");
        assertThat(Files.readString(file)).isEqualTo(before);
    }
}
