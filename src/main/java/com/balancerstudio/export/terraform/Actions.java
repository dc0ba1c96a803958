package com.balancerstudio.export.terraform;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.WeightedTargetGroup;
import java.util.ArrayList;
import java.util.List;

/** The action block of a listener (default_action) or listener rule (action). */
final class Actions {
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#fixed-response-actions
    // (content types text/plain, text/css, text/html, application/javascript, application/json)
    private static final String DEFAULT_CONTENT_TYPE = "text/plain";
    /** What a listener answers when the design gives it nothing to forward to. */
    private static final String UNAVAILABLE = "503";

    private final ExportContext context;

    Actions(ExportContext context) {
        this.context = context;
    }

    /** Writes the action as a block named {@code blockName} into the body. */
    void write(Element owner, String blockName, Action action, Body body) {
        if (action instanceof Action.Redirect redirect) {
            body.block(blockName, b -> b.str("type", "redirect").num("order", redirect.order()).block("redirect", r -> r
                    .str("port", redirect.port())
                    .str("protocol", redirect.protocol() == null ? null : redirect.protocol().value())
                    .str("host", redirect.host())
                    .str("path", redirect.path())
                    .str("query", redirect.query())
                    .str("status_code", redirect.statusCode())));
        } else if (action instanceof Action.FixedResponse fixed) {
            fixedResponse(body, blockName, fixed.contentType() == null ? DEFAULT_CONTENT_TYPE : fixed.contentType(),
                    fixed.messageBody(), fixed.statusCode(), fixed.order());
        } else if (action instanceof Action.Authenticate authenticate) {
            context.note(owner, "authentication with " + authenticate.provider()
                    + (authenticate.issuer() == null ? "" : " (" + authenticate.issuer() + ")")
                    + " is left out: the design has no client id, secret or endpoints; requests are forwarded directly"
                    + (authenticate.order() == null ? ""
                    : "; its order " + authenticate.order() + " is left out with it"));
            forward(owner, blockName, authenticate.targetGroups(), null, authenticate.forwardOrder(), body);
        } else if (action instanceof Action.Forward forward) {
            forward(owner, blockName, forward.targetGroups(), forward.stickinessDuration(), forward.order(), body);
        } else {
            context.note(owner, "no action; it answers " + UNAVAILABLE + " instead");
            fixedResponse(body, blockName, DEFAULT_CONTENT_TYPE, null, UNAVAILABLE, null);
        }
    }

    private void forward(Element owner, String blockName, List<WeightedTargetGroup> groups, Integer stickiness,
                         Integer order, Body body) {
        var arns = new ArrayList<Expr>();
        var weights = new ArrayList<Integer>();
        for (var group : groups) {
            var arn = context.ref(owner, group.targetGroupId(), "arn", "target group");
            if (arn != null) {
                arns.add(arn);
                weights.add(group.weight());
            }
        }
        if (arns.isEmpty()) {
            context.note(owner, "forwards to no target group; it answers " + UNAVAILABLE + " instead");
            fixedResponse(body, blockName, DEFAULT_CONTENT_TYPE, null, UNAVAILABLE, order);
            return;
        }
        if (arns.size() == 1 && weights.get(0) == null && stickiness == null) {
            body.block(blockName, b -> b.str("type", "forward").num("order", order)
                    .attr("target_group_arn", arns.get(0)));
            return;
        }
        body.block(blockName, b -> b.str("type", "forward").num("order", order).block("forward", f -> {
            for (int i = 0; i < arns.size(); i++) {
                var arn = arns.get(i);
                var weight = weights.get(i);
                f.block("target_group", t -> t.attr("arn", arn).num("weight", weight));
            }
            if (stickiness != null) {
                f.block("stickiness", s -> s.bool("enabled", true).num("duration", stickiness));
            }
        }));
    }

    private static void fixedResponse(Body body, String blockName, String contentType, String message, String status,
                                      Integer order) {
        body.block(blockName, b -> b.str("type", "fixed-response").num("order", order).block("fixed_response", f -> f
                .str("content_type", contentType)
                .str("message_body", message)
                .str("status_code", status)));
    }
}
