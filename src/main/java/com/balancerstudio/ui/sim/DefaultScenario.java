package com.balancerstudio.ui.sim;

import com.balancerstudio.model.Client;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.scenario.Scenario;
import com.balancerstudio.model.scenario.TrafficProfile;
import com.balancerstudio.model.scenario.TrafficSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenario played when a design has none of its own: five minutes of steady traffic, 40 requests a second (random
 * gaps) from 50 clients, sent by each client element of the design that sends somewhere, or, when the design has no
 * such client, straight to each load balancer that has a listener. Nothing fails by itself: the fault buttons are
 * there to break things by hand.
 */
public final class DefaultScenario {
    public static final String NAME = "Steady traffic (default)";
    static final int DURATION_SECONDS = 300;
    static final int CLIENTS = 50;
    static final double REQUESTS_PER_SECOND = 40;

    private DefaultScenario() {
    }

    /** The default scenario for the design, or null when nothing in it can receive traffic. */
    public static Scenario of(Design design) {
        var traffic = new ArrayList<TrafficSource>();
        for (var client : design.elementsOf(Client.class)) {
            if (client.targetId() != null && design.contains(client.targetId())) {
                traffic.add(new TrafficSource(client.id(), null, CLIENTS, profile(), null, List.of(), null));
            }
        }
        if (traffic.isEmpty()) {
            for (var lb : design.elementsOf(LoadBalancer.class)) {
                if (!design.topology().listenersOf(lb).isEmpty()) {
                    traffic.add(TrafficSource.to(lb.id(), CLIENTS, profile()));
                }
            }
        }
        if (traffic.isEmpty()) {
            return null;
        }
        return new Scenario(NAME, "Steady traffic from every client; break things with the fault buttons.",
                DURATION_SECONDS, null, traffic, List.of(), List.of(), null, null, List.of());
    }

    private static TrafficProfile profile() {
        return new TrafficProfile.Poisson(REQUESTS_PER_SECOND);
    }

    /** The scenarios to choose from: the design's own, or the default one when it has none (empty when neither). */
    public static List<Scenario> choicesFor(Design design) {
        if (!design.scenarios().isEmpty()) {
            return design.scenarios();
        }
        var fallback = of(design);
        return fallback == null ? List.of() : List.of(fallback);
    }
}
