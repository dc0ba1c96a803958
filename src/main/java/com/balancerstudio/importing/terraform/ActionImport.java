package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.model.Action;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.WeightedTargetGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * The action of a listener (default_action) or listener rule (action) blocks: forward (to one group or weighted),
 * redirect, fixed response, and authentication followed by a forward.
 */
final class ActionImport {
    private final Assembly assembly;

    ActionImport(Assembly assembly) {
        this.assembly = assembly;
    }

    /** The action the blocks describe, or null when there are none. */
    Action read(List<Arguments> blocks) throws HclException {
        Action result = null;
        String provider = null;
        String issuer = null;
        Integer authenticationOrder = null;
        for (var block : ordered(blocks)) {
            var type = block.requiredText("type");
            switch (type) {
                case "forward" -> result = forward(block);
                case "redirect" -> result = redirect(block.block("redirect"), block);
                case "fixed-response" -> {
                    var fixed = block.block("fixed_response");
                    if (fixed == null) {
                        throw new HclException(block.position(), "a fixed-response action needs a fixed_response block");
                    }
                    result = new Action.FixedResponse(fixed.text("content_type"), fixed.text("message_body"),
                            fixed.text("status_code"), block.integer("order"));
                }
                case "authenticate-oidc" -> {
                    provider = "oidc";
                    authenticationOrder = block.integer("order");
                    var oidc = block.block("authenticate_oidc");
                    issuer = oidc == null ? null : oidc.text("issuer");
                }
                case "authenticate-cognito" -> {
                    provider = "cognito";
                    authenticationOrder = block.integer("order");
                }
                default -> throw new HclException(block.positionOf("type"), "action type \"" + type
                        + "\" is not one of forward, redirect, fixed-response, authenticate-oidc, authenticate-cognito");
            }
        }
        if (provider != null) {
            if (!(result instanceof Action.Forward forward)) {
                throw new HclException(blocks.get(0).position(), "authentication must be followed by a forward action");
            }
            return new Action.Authenticate(provider, issuer, forward.targetGroups(), authenticationOrder,
                    forward.order());
        }
        return result;
    }

    /** The blocks in their {@code order}, as AWS runs them (written order when no order is given). */
    private static List<Arguments> ordered(List<Arguments> blocks) throws HclException {
        var withOrder = new ArrayList<Object[]>();
        for (int i = 0; i < blocks.size(); i++) {
            var order = blocks.get(i).integer("order");
            withOrder.add(new Object[]{order == null ? 50_000 + i : order, blocks.get(i)});
        }
        withOrder.sort((a, b) -> Integer.compare((Integer) a[0], (Integer) b[0]));
        return withOrder.stream().map(o -> (Arguments) o[1]).toList();
    }

    private Action forward(Arguments block) throws HclException {
        var single = assembly.ref(block, "target_group_arn", TargetGroup.class);
        if (single != null) {
            return new Action.Forward(List.of(WeightedTargetGroup.of(single.id())), null, block.integer("order"));
        }
        var forward = block.block("forward");
        if (forward == null) {
            throw new HclException(block.position(), "a forward action needs target_group_arn or a forward block");
        }
        var groups = new ArrayList<WeightedTargetGroup>();
        for (var target : forward.blocks("target_group")) {
            var group = assembly.ref(target, "arn", TargetGroup.class);
            groups.add(new WeightedTargetGroup(group.id(), target.integer("weight")));
        }
        var stickiness = forward.block("stickiness");
        Integer duration = stickiness != null && stickiness.bool("enabled", false) ? stickiness.integer("duration") : null;
        return new Action.Forward(groups, duration, block.integer("order"));
    }

    private static Action redirect(Arguments redirect, Arguments block) throws HclException {
        if (redirect == null) {
            throw new HclException(block.position(), "a redirect action needs a redirect block");
        }
        var protocol = redirect.text("protocol");
        return new Action.Redirect(protocol == null || protocol.startsWith("#{") ? null
                : Values.enumValue(Protocol.class, protocol, redirect.positionOf("protocol"), "protocol"),
                redirect.text("port"), redirect.text("host"), redirect.text("path"), redirect.text("query"),
                redirect.text("status_code"), block.integer("order"));
    }
}
