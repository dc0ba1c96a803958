package com.balancerstudio.ui;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.io.DesignFileException;
import com.balancerstudio.model.Design;
import com.balancerstudio.render.DiagramPainter;
import com.balancerstudio.render.Theme;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CoreRules;
import com.balancerstudio.ui.canvas.DesignerCanvas;
import com.balancerstudio.ui.files.BundledSamples;
import com.balancerstudio.ui.files.RecentFiles;
import com.balancerstudio.ui.files.RecoveryStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application: the designer window on the design named on the command line, or the flagship sample. */
public final class App extends Application {
    /** The sample design shown when no file is given, bundled in the program. */
    public static final String FLAGSHIP_SAMPLE = "two-az-alb-web-tier" + DesignFile.EXTENSION;

    /** The rules and the first design, read while the JavaFX toolkit starts so the window appears sooner. */
    private static CompletableFuture<Workspace> preparing;

    public static void start(String[] args) {
        Path file = args.length == 0 ? null : Path.of(args[0]);
        preparing = CompletableFuture.supplyAsync(() -> prepare(file));
        Application.launch(App.class, args);
    }

    private static Workspace prepare(Path file) {
        return new Workspace(CoreRules.create(Catalog.bundled()), initialDesign(file), null);
    }

    @Override
    public void start(Stage stage) {
        var args = getParameters().getUnnamed();
        Path file = args.isEmpty() ? null : Path.of(args.get(0));
        var workspace = preparing != null ? preparing.join() : prepare(file);
        var canvas = new DesignerCanvas(workspace, new DiagramPainter(Theme.LIGHT));
        var window = new DesignerWindow(stage, workspace, canvas, canvas, RecentFiles.forUser(),
                RecoveryStore.inUserHome());
        window.install(1360, 860);
        stage.show();
        window.start(file);
    }

    /** The flagship sample when no file is given; an empty design while the given file is being read. */
    private static Design initialDesign(Path file) {
        if (file != null) {
            return Design.empty("Untitled design");
        }
        try {
            return flagshipSample();
        } catch (DesignFileException | IOException e) {
            return Design.empty("Untitled design");
        }
    }

    /** The flagship sample, read from the program's resources. */
    public static Design flagshipSample() throws IOException, DesignFileException {
        return BundledSamples.read(FLAGSHIP_SAMPLE);
    }
}
