package com.balancerstudio.bench;

import com.balancerstudio.testing.LargeDesign;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CoreRules;
import com.balancerstudio.rules.Finding;
import com.balancerstudio.rules.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

/** How long validation, an edit with re-validation, and opening and saving take on large designs. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {
    @Param({"5000"})
    int elements;

    private Design design;
    private RuleSet rules;
    private String json;
    private Path file;
    private int edit;

    @Setup
    public void setUp() throws Exception {
        design = LargeDesign.of(elements);
        rules = CoreRules.create(Catalog.bundled());
        json = DesignFile.toJson(design);
        file = Files.createTempDirectory("bench").resolve("large" + DesignFile.EXTENSION);
    }

    @TearDown
    public void tearDown() throws Exception {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".bak"));
        Files.deleteIfExists(file.getParent());
    }

    /** Full validation of a design just opened (topology indexes built from scratch). */
    @Benchmark
    public List<Finding> validateFromScratch() {
        return rules.check(Design.of(design.name(), design.description(), design.elements()));
    }

    /** One edit (rename an instance) and the validation that follows it, as the designer does after each gesture. */
    @Benchmark
    public List<Finding> editThenRevalidate() {
        var id = ElementId.of("web-0a-0");
        var changed = Edits.rename(design, id, "web-" + (edit++ % 2)).apply(design);
        return rules.check(changed);
    }

    @Benchmark
    public Design open() throws Exception {
        return DesignFile.parse(json, "large");
    }

    @Benchmark
    public void save() throws Exception {
        DesignFile.write(design, file);
    }
}
