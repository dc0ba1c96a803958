package com.balancerstudio.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hidden temporary copies a killed save leaves beside a file are removed by a later save once they are old
 * enough to be certainly abandoned; younger ones, and other files, are left alone.
 */
class LeftoverTemporaryFilesTest {
    @TempDir
    Path folder;

    @Test
    void aSaveRemovesOldLeftoversOfItsFileOnly() throws Exception {
        var file = folder.resolve("web" + DesignFile.EXTENSION);
        var abandoned = Files.writeString(folder.resolve(".web" + DesignFile.EXTENSION + "8812345.tmp"), "{\"half");
        var abandonedBackup = Files.writeString(folder.resolve(".web" + DesignFile.EXTENSION + ".bak4711.tmp"), "{");
        var underWay = Files.writeString(folder.resolve(".web" + DesignFile.EXTENSION + "99.tmp"), "{\"formatV");
        var otherFile = Files.writeString(folder.resolve(".other" + DesignFile.EXTENSION + "1.tmp"), "{");
        var notOurs = Files.writeString(folder.resolve(".web" + DesignFile.EXTENSION + ".notes"), "mine");
        var old = FileTime.from(Instant.now().minus(AtomicWrite.LEFTOVER_AGE).minusSeconds(60));
        for (var path : new Path[] {abandoned, abandonedBackup, otherFile, notOurs}) {
            Files.setLastModifiedTime(path, old);
        }

        DesignFile.write(Fixtures.webTier(), file);

        assertThat(abandoned).doesNotExist();
        assertThat(abandonedBackup).doesNotExist();
        assertThat(underWay).exists();
        assertThat(otherFile).exists();
        assertThat(notOurs).exists();
        assertThat(DesignFile.read(file)).isEqualTo(Fixtures.webTier());
    }
}
