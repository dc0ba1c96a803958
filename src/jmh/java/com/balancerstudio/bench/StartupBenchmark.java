package com.balancerstudio.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start of the designer: each invocation starts a new JVM on the built application jar with the start-up probe,
 * which prints the time from process start to the first frame the window drew and quits. The score is the whole run
 * (start, first frame, exit); the probe's own figures are printed at the end. Needs a display: run it under Xvfb
 * ({@code xvfb-run} or DISPLAY set) after {@code mvn package}. The warm-up start is the first run in a fresh home
 * folder; the measured ones are later starts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 10)
@Fork(1)
public class StartupBenchmark {
    private static final Pattern FIRST_FRAME = Pattern.compile("first frame after (\\d+) ms");

    private final List<Long> firstFrames = new ArrayList<>();
    private Path jar;
    /** A home folder of the benchmark's own, so the user's settings and recovery copies play no part. */
    private Path home;

    @Setup
    public void setUp() throws IOException {
        home = Files.createTempDirectory("startup-home");
        jar = Path.of("target", "balancer-studio.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first with mvn -DskipTests package");
        }
        if (System.getenv("DISPLAY") == null) {
            throw new IllegalStateException("no DISPLAY: run the start-up benchmark under Xvfb (xvfb-run)");
        }
    }

    @TearDown
    public void report() throws IOException {
        try (var walk = Files.walk(home)) {
            for (var path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
        var sorted = firstFrames.stream().sorted().toList();
        if (!sorted.isEmpty()) {
            System.out.printf("%nfirst frame (probe), %d starts: min %d ms, median %d ms, max %d ms%n", sorted.size(),
                    sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
        }
    }

    @Benchmark
    public long coldStartToFirstFrame() throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-Dbalancerstudio.startupProbe=1",
                "-Duser.home=" + home, "-jar", jar.toString())
                .redirectErrorStream(true).start();
        Long firstFrame = null;
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (var line = out.readLine(); line != null; line = out.readLine()) {
                var matcher = FIRST_FRAME.matcher(line);
                if (matcher.find()) {
                    firstFrame = Long.parseLong(matcher.group(1));
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS) || firstFrame == null) {
            process.destroyForcibly();
            throw new IllegalStateException("the designer did not report its first frame");
        }
        firstFrames.add(firstFrame);
        return firstFrame;
    }
}
