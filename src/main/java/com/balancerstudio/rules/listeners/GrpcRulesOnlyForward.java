package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reports an Application Load Balancer rule that authenticates before forwarding to a gRPC or HTTP/2 target group:
 * with those protocol versions only forward actions are supported (ELB-RULE-024). Redirects and fixed responses send
 * to no target group, so in this design only an authentication can sit beside such a forward.
 */
public final class GrpcRulesOnlyForward extends CatalogRule {
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html#target-group-protocol-version
    private static final Set<String> FORWARD_ONLY_VERSIONS = Set.of("GRPC", "HTTP2");

    public GrpcRulesOnlyForward(Catalog catalog) {
        super(catalog, "ELB-RULE-024");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var placed : PlacedActions.of(design, LoadBalancerType.APPLICATION)) {
            if (!(placed.action() instanceof Action.Authenticate authenticate)) {
                continue;
            }
            authenticate.targetGroups().stream()
                    .map(g -> design.get(g.targetGroupId(), TargetGroup.class)).filter(Objects::nonNull)
                    .filter(g -> g.protocolVersion() != null && FORWARD_ONLY_VERSIONS.contains(g.protocolVersion()))
                    .findFirst()
                    .ifPresent(group -> findings.add(finding(Values.of("rule", placed.ownerName())
                            .and("tg.name", group.name()), placed.owner(), group)));
        }
        return findings;
    }
}
