package com.balancerstudio.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Measures cold start: with the system property {@value #PROPERTY} set, prints the time from process start to the
 * first frame the window has drawn ("first frame after N ms") and quits. StartupBenchmark (src/jmh) reads that line.
 */
final class StartupProbe {
    static final String PROPERTY = "balancerstudio.startupProbe";

    private StartupProbe() {
    }

    /** Arms the probe when asked for; call it right after the window is shown. */
    static void armIfRequested() {
        if (System.getProperty(PROPERTY) == null) {
            return;
        }
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // A pulse lays out and renders the scene after its timers run: the second timer callback comes
                // after the first frame has been rendered.
                if (++pulses == 2) {
                    stop();
                    var started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                    System.out.println("first frame after " + Duration.between(started, Instant.now()).toMillis() + " ms");
                    System.out.flush();
                    Platform.exit();
                }
            }
        }.start();
    }
}
