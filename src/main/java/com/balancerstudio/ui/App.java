package com.balancerstudio.ui;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.io.DesignFileException;
import com.balancerstudio.model.Design;
import com.balancerstudio.render.DiagramPainter;
import com.balancerstudio.render.Theme;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CoreRules;
import com.balancerstudio.rules.RuleSet;
import com.balancerstudio.ui.canvas.DesignerCanvas;
import com.balancerstudio.ui.files.BundledSamples;
import com.balancerstudio.ui.files.Dialogs;
import com.balancerstudio.ui.files.RecentFiles;
import com.balancerstudio.ui.files.RecoveryStore;
import com.balancerstudio.ui.menus.ThemeSwitch;
import com.balancerstudio.ui.welcome.WelcomeMemory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop application: the designer window on the design named on the command line, or the flagship sample. */
public final class App extends Application {
    /** The window's size where the screen has room for it. */
    private static final double WIDTH = 1360;
    private static final double HEIGHT = 860;
    /** The sample design shown when no file is given, bundled in the program. */
    public static final String FLAGSHIP_SAMPLE = "two-az-alb-web-tier" + DesignFile.EXTENSION;

    /** The rules and the first design, read while the JavaFX toolkit starts so the window appears sooner. */
    private static CompletableFuture<Start> preparing;

    /** The first workspace, and why the file named on the command line could not be opened (null when it could). */
    private record Start(Workspace workspace, Path file, String error) {
    }

    public static void start(String[] args) {
        Path file = args.length == 0 ? null : Path.of(args[0]);
        // The rules and the design are read side by side while the toolkit starts: each spends most of its time
        // loading classes, which the JVM does in parallel.
        var rules = CompletableFuture.supplyAsync(() -> CoreRules.create(Catalog.bundled()));
        var opened = CompletableFuture.supplyAsync(() -> open(file));
        preparing = rules.thenCombine(opened, App::firstWorkspace);
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        ThemeSwitch.applyStylesheet(false);
        var args = getParameters().getUnnamed();
        var start = preparing != null ? preparing.join() : prepare(args.isEmpty() ? null : Path.of(args.get(0)));
        var workspace = start.workspace();
        var canvas = new DesignerCanvas(workspace, new DiagramPainter(Theme.LIGHT));
        var recent = RecentFiles.forUser();
        var window = new DesignerWindow(stage, workspace, canvas, canvas, recent, RecoveryStore.inUserHome());
        // On a smaller screen (a 1280x800 laptop) the window takes the screen instead of spilling over its edges.
        var screen = Screen.getPrimary().getVisualBounds();
        window.install(Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        stage.show();
        fitDecorationsOnScreen(stage, screen);
        StartupProbe.armIfRequested();
        if (start.error() != null) {
            Platform.runLater(() -> Dialogs.error(stage, "This design cannot be opened", start.error()));
        } else if (start.file() != null) {
            recent.add(start.file());
        }
        // The welcome is for a first start on the flagship sample: a start on a named file (one opened from the file
        // manager, say) greets nobody and leaves the welcome for the first start without one.
        window.start(null, start.file() == null && start.error() == null ? WelcomeMemory.forUser() : null);
    }

    /** The title bar and borders come on top of the scene's size: a window that then overflows the screen is fitted. */
    private static void fitDecorationsOnScreen(Stage stage, Rectangle2D screen) {
        if (stage.getWidth() > screen.getWidth() || stage.getHeight() > screen.getHeight()) {
            stage.setWidth(Math.min(stage.getWidth(), screen.getWidth()));
            stage.setHeight(Math.min(stage.getHeight(), screen.getHeight()));
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
        }
    }

    private static Start prepare(Path file) {
        return firstWorkspace(CoreRules.create(Catalog.bundled()), open(file));
    }

    private static Start firstWorkspace(RuleSet rules, Opened opened) {
        return new Start(new Workspace(rules, opened.design(), opened.file()), opened.file(), opened.error());
    }

    /** The design to start on, the file it came from (null for the sample) and why the named file was not used. */
    private record Opened(Design design, Path file, String error) {
    }

    /** Reads the named design, or the flagship sample when none is named or the named one cannot be read. */
    private static Opened open(Path file) {
        String error = null;
        if (file != null) {
            try {
                return new Opened(DesignFile.read(file), file, null);
            } catch (DesignFileException e) {
                error = e.getMessage();
            }
        }
        Design design;
        try {
            design = flagshipSample();
        } catch (DesignFileException | IOException e) {
            design = Design.empty("Untitled design");
        }
        return new Opened(design, null, error);
    }

    /** The flagship sample, read from the program's resources. */
    public static Design flagshipSample() throws IOException, DesignFileException {
        return BundledSamples.read(FLAGSHIP_SAMPLE);
    }
}
