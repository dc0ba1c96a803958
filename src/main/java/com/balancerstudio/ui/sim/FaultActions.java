package com.balancerstudio.ui.sim;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.scenario.Fault;
import com.balancerstudio.ui.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.MenuItem;

/**
 * The faults a person injects by hand while simulating, on what is selected or, when the selection does not say,
 * on what they pick from a list: stop, slow, fail the health check of, drain or restore an instance; lose or restore
 * the zone it is in; scale an Auto Scaling group out or in; spike the traffic.
 */
public final class FaultActions {
    /** How much slower a slowed instance serves (and answers health checks). */
    public static final double SLOW_FACTOR = 5;
    /** A spike multiplies every traffic source's rate by this ... */
    public static final double SPIKE_MULTIPLIER = 5;
    /** ... for this many simulated seconds. */
    public static final double SPIKE_SECONDS = 30;

    private final Workspace workspace;
    private final SimulationController controller;
    /** Picks one of several choices (a dialog on screen; tests may answer instead). */
    private Function<Choice, Optional<String>> asker = FaultActions::askWithDialog;

    /** What to pick from: a title and the choices. */
    public record Choice(String title, List<String> options) {
    }

    public FaultActions(Workspace workspace, SimulationController controller) {
        this.workspace = workspace;
        this.controller = controller;
    }

    public void setAsker(Function<Choice, Optional<String>> newAsker) {
        asker = newAsker;
    }

    public void stopInstance() {
        instance("Stop which instance?").ifPresent(id -> controller.inject(new Fault.StopInstance(id)));
    }

    public void slowInstance() {
        instance("Slow which instance down?").ifPresent(id -> controller.inject(new Fault.SlowInstance(id, SLOW_FACTOR)));
    }

    public void failHealthCheck() {
        instance("Fail the health checks of which instance?")
                .ifPresent(id -> controller.inject(new Fault.FailHealthCheck(id)));
    }

    public void drain() {
        instance("Deregister (drain) which instance?")
                .ifPresent(id -> controller.inject(new Fault.DeregisterTarget(id, null)));
    }

    public void restoreInstance() {
        instance("Restore which instance?").ifPresent(id -> controller.inject(new Fault.RestoreInstance(id)));
    }

    public void loseZone() {
        zone("Lose which Availability Zone?").ifPresent(zone -> controller.inject(new Fault.LoseZone(zone)));
    }

    public void restoreZone() {
        zone("Restore which Availability Zone?").ifPresent(zone -> controller.inject(new Fault.RestoreZone(zone)));
    }

    public void spikeTraffic() {
        controller.inject(new Fault.TrafficSpike(SPIKE_MULTIPLIER, SPIKE_SECONDS));
    }

    public void scaleOut() {
        scale(+1);
    }

    public void scaleIn() {
        scale(-1);
    }

    /** True while the design has no Auto Scaling group to scale. */
    public BooleanBinding nothingToScale() {
        return Bindings.createBooleanBinding(() -> workspace.design().elementsOf(AutoScalingGroup.class).isEmpty(),
                workspace.designProperty());
    }

    private void scale(int by) {
        var groups = workspace.design().elementsOf(AutoScalingGroup.class).stream().map(g -> g.id().value()).toList();
        var selected = selected(AutoScalingGroup.class).map(ElementId::value);
        var chosen = selected.isPresent() ? selected : pick(by > 0 ? "Scale out which group?" : "Scale in which group?",
                groups);
        chosen.ifPresent(id -> {
            if (!controller.startPaused()) {
                return;
            }
            int desired = controller.snapshot().scalingGroups().stream()
                    .filter(g -> g.autoScalingGroupId().equals(id)).mapToInt(g -> g.desired()).findFirst().orElse(0);
            controller.inject(new Fault.SetDesiredCapacity(ElementId.of(id), Math.max(0, desired + by)));
        });
    }

    /** The right-click items for an element while a simulation runs (none otherwise). */
    public List<MenuItem> menuItemsFor(ElementId id) {
        var items = new ArrayList<MenuItem>();
        if (!controller.active()) {
            return items;
        }
        var element = workspace.design().get(id);
        if (element instanceof Instance) {
            items.add(item("sim-stop", "Simulation: stop this instance", () -> controller.inject(new Fault.StopInstance(id))));
            items.add(item("sim-slow", "Simulation: slow it down ×" + (int) SLOW_FACTOR,
                    () -> controller.inject(new Fault.SlowInstance(id, SLOW_FACTOR))));
            items.add(item("sim-drain", "Simulation: drain (deregister)",
                    () -> controller.inject(new Fault.DeregisterTarget(id, null))));
            items.add(item("sim-fail-check", "Simulation: fail its health checks",
                    () -> controller.inject(new Fault.FailHealthCheck(id))));
            items.add(item("sim-restore", "Simulation: restore it", () -> controller.inject(new Fault.RestoreInstance(id))));
        } else if (element instanceof AutoScalingGroup) {
            items.add(item("sim-scale-out", "Simulation: scale out by one", this::scaleOut));
            items.add(item("sim-scale-in", "Simulation: scale in by one", this::scaleIn));
        } else if (element instanceof AvailabilityZone zone) {
            items.add(item("sim-lose-zone", "Simulation: lose this zone",
                    () -> controller.inject(new Fault.LoseZone(zone.zoneName()))));
            items.add(item("sim-restore-zone", "Simulation: restore this zone",
                    () -> controller.inject(new Fault.RestoreZone(zone.zoneName()))));
        }
        return items;
    }

    private Optional<ElementId> instance(String question) {
        var selected = selected(Instance.class);
        if (selected.isPresent()) {
            return selected;
        }
        var known = new TreeSet<String>();
        workspace.design().elementsOf(Instance.class).forEach(i -> known.add(i.id().value()));
        var snapshot = controller.snapshot();
        if (snapshot != null) {
            snapshot.targets().forEach(t -> known.add(t.targetId()));
        }
        return pick(question, List.copyOf(known)).map(ElementId::of);
    }

    private Optional<String> zone(String question) {
        var design = workspace.design();
        if (workspace.selection().size() == 1) {
            var element = design.get(workspace.selection().iterator().next());
            var zone = element instanceof AvailabilityZone z ? z.zoneName()
                    : element == null ? null : design.topology().zoneNameOf(element);
            if (zone != null) {
                return Optional.of(zone);
            }
        }
        var zones = design.elementsOf(AvailabilityZone.class).stream().map(AvailabilityZone::zoneName).distinct()
                .sorted().toList();
        return pick(question, zones);
    }

    private <T> Optional<ElementId> selected(Class<T> type) {
        if (workspace.selection().size() != 1) {
            return Optional.empty();
        }
        var id = workspace.selection().iterator().next();
        return type.isInstance(workspace.design().get(id)) ? Optional.of(id) : Optional.empty();
    }

    private Optional<String> pick(String question, List<String> options) {
        if (options.isEmpty()) {
            workspace.say(question.replace("?", "") + ": there is none in this design.");
            return Optional.empty();
        }
        return options.size() == 1 ? Optional.of(options.get(0)) : asker.apply(new Choice(question, options));
    }

    private static Optional<String> askWithDialog(Choice choice) {
        var dialog = new ChoiceDialog<>(choice.options().get(0), choice.options());
        dialog.setTitle("Simulation");
        dialog.setHeaderText(choice.title());
        dialog.setContentText("Choose:");
        return dialog.showAndWait();
    }

    private static MenuItem item(String id, String text, Runnable action) {
        var item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
