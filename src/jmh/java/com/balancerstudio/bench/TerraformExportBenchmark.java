package com.balancerstudio.bench;

import com.balancerstudio.export.terraform.TerraformConfig;
import com.balancerstudio.export.terraform.TerraformExport;
import com.balancerstudio.export.terraform.TerraformFolder;
import com.balancerstudio.model.Design;
import com.balancerstudio.testing.LargeDesign;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** How long the Terraform export of a large design takes: the configuration text alone, and written to a folder. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TerraformExportBenchmark {
    @Param({"5000"})
    int elements;

    private Design design;
    private Path folder;

    @Setup
    public void setUp() throws IOException {
        design = LargeDesign.of(elements);
        folder = Files.createTempDirectory("bench-terraform");
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (var path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** The configuration's files as text, with the list of what they do not express. */
    @Benchmark
    public TerraformConfig configuration() {
        return TerraformExport.of(design);
    }

    /** The whole export as the command line and the window run it: text made, files replaced atomically. */
    @Benchmark
    public Object intoFolder() throws IOException {
        return TerraformFolder.write(design, folder);
    }
}
