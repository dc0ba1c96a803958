package com.balancerstudio.model.scenario;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Client;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that what a design's scenarios name exists in the design and is of the right kind: clients, load balancers
 * and records traffic goes to, instances and groups faults act on, zones, and what expectations measure. Instances an
 * Auto Scaling group launches while a scenario runs are named {@code <group id>-<n>}; those names are accepted too.
 */
public final class ScenarioReferences {
    private ScenarioReferences() {
    }

    public static List<ScenarioProblem> check(Design design) {
        var problems = new ArrayList<ScenarioProblem>();
        var scenarios = design.scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            check(design, i, scenarios.get(i), problems);
        }
        return problems;
    }

    /** The problems of one scenario (which need not be among the design's own), reported with index 0. */
    public static List<ScenarioProblem> check(Design design, Scenario scenario) {
        var problems = new ArrayList<ScenarioProblem>();
        check(design, 0, scenario, problems);
        return problems;
    }

    private static void check(Design design, int index, Scenario scenario, List<ScenarioProblem> problems) {
        for (int t = 0; t < scenario.traffic().size(); t++) {
            var source = scenario.traffic().get(t);
            String at = "traffic[" + t + "].";
            if (source.from() != null) {
                var client = design.get(source.from(), Client.class);
                if (client == null) {
                    problems.add(wrong(index, at + "from", design, source.from(), "a client"));
                } else if (source.to() == null && client.targetId() == null) {
                    problems.add(new ScenarioProblem(index, at + "from", "client '" + source.from()
                            + "' sends to nothing: connect it to a load balancer or give the traffic a 'to'"));
                }
            }
            if (source.to() != null && !(design.get(source.to()) instanceof LoadBalancer)
                    && !(design.get(source.to()) instanceof DnsRecord)) {
                problems.add(wrong(index, at + "to", design, source.to(), "a load balancer or DNS record"));
            }
        }
        for (int e = 0; e < scenario.events().size(); e++) {
            checkFault(design, index, "events[" + e + "].fault.", scenario.events().get(e).fault(), problems);
        }
        for (int t = 0; t < scenario.targets().size(); t++) {
            var id = scenario.targets().get(t).targetId();
            if (id != null && !isTarget(design, id)) {
                problems.add(wrong(index, "targets[" + t + "].target_id", design, id, "an instance"));
            }
        }
        for (int x = 0; x < scenario.expectations().size(); x++) {
            var of = scenario.expectations().get(x).of();
            if (of != null && !measurable(design, of)) {
                problems.add(new ScenarioProblem(index, "expectations[" + x + "].of", "'" + of
                        + "' is not a load balancer, target group, instance or zone of the design"));
            }
        }
    }

    private static void checkFault(Design design, int index, String at, Fault fault, List<ScenarioProblem> problems) {
        ElementId target = null;
        if (fault instanceof Fault.StopInstance f) {
            target = f.targetId();
        } else if (fault instanceof Fault.SlowInstance f) {
            target = f.targetId();
        } else if (fault instanceof Fault.FailHealthCheck f) {
            target = f.targetId();
        } else if (fault instanceof Fault.RestoreInstance f) {
            target = f.targetId();
        } else if (fault instanceof Fault.DeregisterTarget f) {
            target = f.targetId();
            checkGroup(design, index, at, f.targetGroupId(), problems);
        } else if (fault instanceof Fault.RegisterTarget f) {
            target = f.targetId();
            checkGroup(design, index, at, f.targetGroupId(), problems);
        } else if (fault instanceof Fault.SetDesiredCapacity f) {
            var group = design.get(f.autoScalingGroupId(), AutoScalingGroup.class);
            if (group == null) {
                problems.add(wrong(index, at + "auto_scaling_group_id", design, f.autoScalingGroupId(),
                        "an Auto Scaling group"));
            } else if (f.desiredCapacity() < group.minSize() || f.desiredCapacity() > group.maxSize()) {
                problems.add(new ScenarioProblem(index, at + "desired_capacity", "desired capacity "
                        + f.desiredCapacity() + " is outside the group's " + group.minSize() + " to " + group.maxSize()));
            }
        } else if (fault instanceof Fault.LoseZone f) {
            checkZone(design, index, at, f.zone(), problems);
        } else if (fault instanceof Fault.RestoreZone f) {
            checkZone(design, index, at, f.zone(), problems);
        }
        if (target != null && !isTarget(design, target)) {
            problems.add(wrong(index, at + "target_id", design, target, "an instance"));
        }
    }

    private static void checkGroup(Design design, int index, String at, ElementId id, List<ScenarioProblem> problems) {
        if (id == null) {
            return;
        }
        var element = design.get(id);
        boolean classic = element instanceof LoadBalancer lb && lb.type() == LoadBalancerType.CLASSIC;
        if (!(element instanceof TargetGroup) && !classic) {
            problems.add(wrong(index, at + "target_group_id", design, id, "a target group or Classic Load Balancer"));
        }
    }

    private static void checkZone(Design design, int index, String at, String zone, List<ScenarioProblem> problems) {
        boolean known = design.elementsOf(AvailabilityZone.class).stream().anyMatch(z -> z.zoneName().equals(zone));
        if (!known) {
            problems.add(new ScenarioProblem(index, at + "zone", "'" + zone + "' is not an Availability Zone of the design"));
        }
    }

    /** An instance of the design, or one an Auto Scaling group of the design would launch. */
    public static boolean isTarget(Design design, ElementId id) {
        if (design.get(id) instanceof Instance) {
            return true;
        }
        return launchedBy(design, id.value()) != null;
    }

    /** The Auto Scaling group whose launched instances are named like this ({@code <group id>-<n>}), or null. */
    public static AutoScalingGroup launchedBy(Design design, String instanceName) {
        int dash = instanceName.lastIndexOf('-');
        if (dash <= 0 || dash == instanceName.length() - 1
                || !instanceName.substring(dash + 1).chars().allMatch(Character::isDigit)) {
            return null;
        }
        var group = design.get(ElementId.of(instanceName.substring(0, dash)), AutoScalingGroup.class);
        return group;
    }

    private static boolean measurable(Design design, String of) {
        Element element = ElementIdOrNull.get(design, of);
        if (element instanceof LoadBalancer || element instanceof TargetGroup || element instanceof Instance) {
            return true;
        }
        if (launchedBy(design, of) != null) {
            return true;
        }
        return design.elementsOf(AvailabilityZone.class).stream().anyMatch(z -> z.zoneName().equals(of));
    }

    private static ScenarioProblem wrong(int index, String path, Design design, ElementId id, String expected) {
        var element = design.get(id);
        String message = element == null ? "'" + id + "' is not in the design (" + expected + " is expected)"
                : element.kindLabel() + " '" + id + "' is not " + expected;
        return new ScenarioProblem(index, path, message);
    }

    /** Looks an id up without failing on text that is not a valid id. */
    private static final class ElementIdOrNull {
        static Element get(Design design, String id) {
            try {
                return design.get(ElementId.of(id));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
