package com.balancerstudio.ui;

import com.balancerstudio.ui.files.Autosave;
import com.balancerstudio.ui.files.DesignFiles;
import com.balancerstudio.ui.files.RecentFiles;
import com.balancerstudio.ui.files.RecoveryOffer;
import com.balancerstudio.ui.files.RecoveryStore;
import com.balancerstudio.ui.inspector.InspectorPane;
import com.balancerstudio.ui.menus.Commands;
import com.balancerstudio.ui.menus.DesignerMenus;
import com.balancerstudio.ui.menus.DesignerToolbar;
import com.balancerstudio.ui.menus.PresentationMode;
import com.balancerstudio.ui.menus.StatusBar;
import com.balancerstudio.ui.menus.ThemeSwitch;
import com.balancerstudio.ui.palette.PalettePane;
import com.balancerstudio.ui.problems.ProblemsPane;
import com.balancerstudio.ui.sim.SimulationPanels;
import com.balancerstudio.ui.welcome.Guide;
import com.balancerstudio.ui.welcome.WelcomeCard;
import com.balancerstudio.ui.welcome.WelcomeMemory;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The designer's main window: menus and toolbar on top, the palette, the canvas and the inspector side by side, the
 * problems list below them and the status bar at the bottom; on the first start, a welcome above the inspector. The
 * canvas is given to it (as a node and the actions the window asks of it), so the window does not depend on how the
 * diagram is drawn.
 */
public final class DesignerWindow {
    private static final Duration AUTOSAVE_EVERY = Duration.seconds(5);
    /** The height the inspector keeps below the welcome: its title and a few properties. */
    private static final double INSPECTOR_LEAST = 100;

    private final Stage stage;
    private final Workspace workspace;
    private final DesignFiles files;
    private final BorderPane root = new BorderPane();
    private final SplitPane sides = new SplitPane();
    private final SplitPane main = new SplitPane();
    private final Node palette;
    private final Node canvas;
    private final Node inspector;
    /** The right-hand column: the welcome while it is shown, above the inspector. */
    private final VBox rightColumn = new VBox(8);
    private final Node welcome;
    private final Node problems;
    private final Node status;
    private final ThemeSwitch theme;
    private final Autosave autosave;
    private final CanvasActions canvasActions;
    private final SimulationPanels simulation;

    public DesignerWindow(Stage stage, Workspace workspace, Node canvasNode, CanvasActions canvasActions,
                          RecentFiles recent, RecoveryStore recovery) {
        this.stage = stage;
        this.workspace = workspace;
        this.canvas = canvasNode;
        this.canvasActions = canvasActions;
        this.files = new DesignFiles(workspace, () -> stage, recent, recovery);
        this.autosave = new Autosave(workspace, recovery, AUTOSAVE_EVERY);
        this.theme = new ThemeSwitch(canvasActions);
        palette = new PalettePane(workspace).node();
        inspector = new InspectorPane(workspace).node();
        simulation = new SimulationPanels(workspace, canvasActions);
        var problemsPane = new ProblemsPane(workspace, canvasActions);
        var bottomTabs = simulation.besideProblems(problemsPane.node());
        problems = bottomTabs;
        status = new StatusBar(workspace, canvasActions).node();
        var welcomeCard = new WelcomeCard(new Guide(palette, bottomTabs, problemsPane::selectFirst, simulation.bar(),
                simulation.controller()), this::closeWelcome);
        welcomeCard.leaveRoomBelow(rightColumn.heightProperty(), INSPECTOR_LEAST);
        welcome = welcomeCard.node();
        VBox.setVgrow(inspector, Priority.ALWAYS);
        VBox.setMargin(welcome, new Insets(6, 6, 0, 6));
        rightColumn.setId("right-column");
        rightColumn.getChildren().add(inspector);
        var presentation = new PresentationMode(stage, root, this::showPanels);
        var commands = new Commands(stage, workspace, canvasActions, files, theme, presentation, this::showWelcome);
        root.setTop(new VBox(DesignerMenus.of(commands), DesignerToolbar.of(commands), simulation.bar()));
        main.setOrientation(Orientation.VERTICAL);
        main.setId("main-split");
        sides.setId("side-split");
        showPanels(true);
        root.setCenter(main);
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, workspace.designProperty(),
                workspace.fileProperty(), workspace.dirtyProperty()));
        stage.setOnCloseRequest(e -> {
            if (files.close()) {
                autosave.stop();
            } else {
                e.consume();
            }
        });
    }

    /**
     * Puts the window on the stage (with its theme and the alternative shortcuts a menu item cannot carry: Redo as
     * Shortcut+Y, zoom with the + key typed with Shift and with the keypad) and starts autosaving.
     */
    public void install(double width, double height) {
        var scene = new Scene(root, width, height);
        var accelerators = scene.getAccelerators();
        accelerators.put(KeyCombination.keyCombination("Shortcut+Y"), workspace::redo);
        accelerators.put(KeyCombination.keyCombination("Shortcut+Shift+Equals"), canvasActions::zoomIn);
        accelerators.put(KeyCombination.keyCombination("Shortcut+Plus"), canvasActions::zoomIn);
        accelerators.put(KeyCombination.keyCombination("Shortcut+Add"), canvasActions::zoomIn);
        accelerators.put(KeyCombination.keyCombination("Shortcut+Subtract"), canvasActions::zoomOut);
        stage.setScene(scene);
        theme.applyNow();
        autosave.start();
    }

    /**
     * After the window is shown: offers a design left unsaved by a crash, else opens the file if one is given (null:
     * keep the design the workspace has).
     */
    public void start(Path file) {
        start(file, null);
    }

    /**
     * As {@link #start(Path)}, and greets a person who has never been greeted ({@code firstRun} remembers it; null
     * greets nobody). The welcome waits for a start where nothing else asks: with a recovery offer or a file to open,
     * it is left for a later start.
     */
    public void start(Path file, WelcomeMemory firstRun) {
        Platform.runLater(() -> {
            boolean asked = files.recovery().exists();
            boolean recovered = asked && RecoveryOffer.offer(workspace, files.recovery(), stage);
            if (!recovered && file != null) {
                files.read(file);
            }
            if (!asked && file == null && firstRun != null && !firstRun.shown()) {
                showWelcome();
                firstRun.markShown();
            }
        });
    }

    /** Shows the welcome above the inspector (Help › Getting Started); it stays until closed. */
    public void showWelcome() {
        if (!rightColumn.getChildren().contains(welcome)) {
            rightColumn.getChildren().add(0, welcome);
        }
    }

    private void closeWelcome() {
        rightColumn.getChildren().remove(welcome);
    }

    public Parent root() {
        return root;
    }

    public DesignFiles files() {
        return files;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The simulation's controls and panels of this window. */
    public SimulationPanels simulation() {
        return simulation;
    }

    private void showPanels(boolean show) {
        if (show) {
            sides.getItems().setAll(palette, canvas, rightColumn);
            sides.setDividerPositions(0.175, 0.75);
            SplitPane.setResizableWithParent(palette, false);
            SplitPane.setResizableWithParent(rightColumn, false);
            main.getItems().setAll(sides, problems);
            main.setDividerPositions(0.74);
            SplitPane.setResizableWithParent(problems, false);
            root.setBottom(status);
        } else {
            sides.getItems().setAll(canvas);
            main.getItems().setAll(sides);
            root.setBottom(null);
        }
    }

    /** "name — file.balancer.json • — Balancer Studio"; the bullet marks unsaved changes. */
    private String title() {
        var file = workspace.fileProperty().get();
        return workspace.design().name() + (file == null ? "" : " — " + file.getFileName())
                + (workspace.dirtyProperty().get() ? " •" : "") + " — Balancer Studio";
    }
}
