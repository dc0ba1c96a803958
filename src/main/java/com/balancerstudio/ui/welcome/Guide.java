package com.balancerstudio.ui.welcome;

import com.balancerstudio.ui.sim.SimulationController;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;

/**
 * What the welcome's buttons do in the window: light up the palette and its NAT gateway, bring the problems list
 * forward and pick its first problem, start the simulation where its controls are.
 */
public final class Guide {
    /** The palette entry the first step suggests dragging. */
    static final String SUGGESTED_SHAPE = "#palette-NAT_GATEWAY";
    private final Node palette;
    private final TabPane bottomTabs;
    private final Runnable selectFirstProblem;
    private final Node simulationBar;
    private final SimulationController simulation;

    /**
     * {@code bottomTabs} holds the problems list as the tab with id {@code tab-problems}; {@code selectFirstProblem}
     * selects the list's first row, which selects and reveals its element.
     */
    public Guide(Node palette, TabPane bottomTabs, Runnable selectFirstProblem, Node simulationBar,
                 SimulationController simulation) {
        this.palette = palette;
        this.bottomTabs = bottomTabs;
        this.selectFirstProblem = selectFirstProblem;
        this.simulationBar = simulationBar;
        this.simulation = simulation;
    }

    void showPalette() {
        Spotlight.on(palette);
        var shape = palette.lookup(SUGGESTED_SHAPE);
        if (shape != null && shape.isVisible()) {
            expandGroupOf(shape);
            scrollIntoView(shape);
            Spotlight.on(shape);
        }
    }

    void showProblems() {
        bottomTabs.getTabs().stream().filter(tab -> "tab-problems".equals(tab.getId())).findFirst()
                .ifPresent(tab -> bottomTabs.getSelectionModel().select(tab));
        Spotlight.on(bottomTabs);
        selectFirstProblem.run();
    }

    void play() {
        Spotlight.on(simulationBar);
        simulation.play();
    }

    /** True while Play would do nothing: already playing, at the end, or no scenario to play. */
    BooleanBinding cannotPlay() {
        var state = simulation.stateProperty();
        return state.isEqualTo(SimulationController.State.PLAYING)
                .or(state.isEqualTo(SimulationController.State.FINISHED))
                .or(simulation.scenarioProperty().isNull());
    }

    /** Opens the palette group holding the entry, in case the person folded it. */
    private static void expandGroupOf(Node shape) {
        for (var parent = shape.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof TitledPane group) {
                group.setExpanded(true);
                return;
            }
        }
    }

    /** Scrolls the palette's list so the entry shows (it may have been scrolled away, or the window be short). */
    private void scrollIntoView(Node shape) {
        for (var parent = shape.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
                double viewHeight = scroll.getViewportBounds().getHeight();
                if (contentHeight > viewHeight) {
                    var top = scroll.getContent().sceneToLocal(shape.localToScene(0, 0)).getY();
                    double wanted = Math.max(0, top - viewHeight / 3);
                    scroll.setVvalue(Math.min(1, wanted / (contentHeight - viewHeight)));
                }
                return;
            }
        }
    }
}
