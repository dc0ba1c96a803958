package com.balancerstudio.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.Design;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process saving large designs over one file is killed (SIGKILL, no chance to clean up) at different moments of a
 * save: the file always reads back as one of the two designs, whole, and the next save works despite what was left.
 */
class KillDuringSaveTest {
    private static final int KILLS = 6;

    @TempDir
    Path folder;

    @Test
    void aSaveKilledAtAnyMomentLeavesOneWholeDesign() throws Exception {
        var file = folder.resolve("big.balancer.json");
        var first = SavingProcess.first();
        var second = SavingProcess.second();
        var moments = new ArrayList<String>();
        for (int kill = 0; kill < KILLS; kill++) {
            // Kill during the third or fourth save (the first ones are slow, still compiling), from its start to past
            // the length the save before it took.
            int afterSaves = 2 + kill % 2;
            double fraction = kill / (KILLS - 2.0);
            moments.add(killDuringSave(file, afterSaves, fraction));

            var read = DesignFile.read(file);
            assertThat(read).as("after kill " + kill).isIn(first, second);
            var backup = AtomicWrite.backupOf(file);
            if (Files.exists(backup)) {
                assertThat(DesignFile.read(backup)).as("backup after kill " + kill).isIn(first, second);
            }
        }
        System.out.println("Killed while saving: " + String.join("; ", moments));

        var next = Design.empty("After the crashes");
        DesignFile.write(next, file);
        assertThat(DesignFile.read(file)).isEqualTo(next);
        assertThat(leftovers()).allSatisfy(p -> assertThat(p.getFileName().toString()).startsWith(".")
                .endsWith(".tmp"));
    }

    /**
     * Runs the saving process and kills it during its save {@code afterSaves}, {@code fraction} of the time the save
     * before took after it started; says when that was.
     */
    private String killDuringSave(Path file, int afterSaves, double fraction) throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), SavingProcess.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            long lastSaveMillis = 0;
            long delayMillis = 0;
            boolean killed = false;
            while (!killed && (line = out.readLine()) != null) {
                if (line.startsWith("done ")) {
                    lastSaveMillis = Long.parseLong(line.replaceAll(".* in (\\d+) ms", "$1"));
                }
                if (line.equals("start " + afterSaves)) {
                    delayMillis = Math.round(fraction * lastSaveMillis);
                    TimeUnit.MILLISECONDS.sleep(delayMillis);
                    process.destroyForcibly();
                    killed = true;
                }
            }
            assertThat(killed).as("the saving process reached its save " + afterSaves).isTrue();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("the saving process ends when killed").isTrue();
            return delayMillis + " ms into a save (the one before took " + lastSaveMillis + " ms)";
        } finally {
            process.destroyForcibly();
        }
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> !p.getFileName().toString().startsWith("big.balancer.json")).toList();
        }
    }
}
