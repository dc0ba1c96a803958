package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * What a listener or listener rule does with a request: forward, redirect, answer itself, or authenticate first.
 * {@code order} is the action's Terraform {@code order} (AWS runs a rule's actions lowest first); null leaves it
 * implicit, in the order the actions are written. An authentication has two orders: its own and its forward's.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Action.Forward.class, name = "forward"),
    @JsonSubTypes.Type(value = Action.Redirect.class, name = "redirect"),
    @JsonSubTypes.Type(value = Action.FixedResponse.class, name = "fixed-response"),
    @JsonSubTypes.Type(value = Action.Authenticate.class, name = "authenticate"),
})
public sealed interface Action {

    /** The target groups this action sends requests to (none for redirects and fixed responses). */
    List<WeightedTargetGroup> targetGroups();

    /** A copy without the given target group among its destinations. */
    Action withoutTargetGroup(ElementId targetGroupId);

    /** The order of the action (of the authentication, for one that authenticates first), or null when implicit. */
    Integer order();

    /** The orders of the AWS actions this action stands for, as run (authentication, then its forward), nulls kept. */
    default List<Integer> orders() {
        return java.util.Collections.singletonList(order());
    }

    /** A copy with every order implicit. */
    Action withImplicitOrder();

    /** Forwards to one target group, or spreads over several by weight. */
    record Forward(List<WeightedTargetGroup> targetGroups, Integer stickinessDuration, Integer order)
            implements Action {
        public Forward {
            targetGroups = Ids.listOf(targetGroups);
        }

        public static Forward to(ElementId targetGroupId) {
            return new Forward(List.of(WeightedTargetGroup.of(targetGroupId)), null, null);
        }

        @Override
        public Forward withoutTargetGroup(ElementId targetGroupId) {
            return new Forward(without(targetGroups, targetGroupId), stickinessDuration, order);
        }

        @Override
        public Forward withImplicitOrder() {
            return new Forward(targetGroups, stickinessDuration, null);
        }
    }

    /** Answers with an HTTP redirect; unset parts keep the request's own (#{protocol}, #{port}...). */
    record Redirect(Protocol protocol, String port, String host, String path, String query, String statusCode,
                    Integer order) implements Action {
        public Redirect {
            statusCode = statusCode == null ? "HTTP_301" : statusCode;
        }

        public static Redirect toHttps() {
            return new Redirect(Protocol.HTTPS, "443", null, null, null, "HTTP_301", null);
        }

        @Override
        public Redirect withImplicitOrder() {
            return new Redirect(protocol, port, host, path, query, statusCode, null);
        }

        @Override
        public List<WeightedTargetGroup> targetGroups() {
            return List.of();
        }

        @Override
        public Redirect withoutTargetGroup(ElementId targetGroupId) {
            return this;
        }
    }

    /** Answers with a fixed status code and body. */
    record FixedResponse(String contentType, String messageBody, String statusCode, Integer order) implements Action {
        @Override
        public FixedResponse withImplicitOrder() {
            return new FixedResponse(contentType, messageBody, statusCode, null);
        }

        @Override
        public List<WeightedTargetGroup> targetGroups() {
            return List.of();
        }

        @Override
        public FixedResponse withoutTargetGroup(ElementId targetGroupId) {
            return this;
        }
    }

    /** Authenticates the user with an OIDC provider or a Cognito user pool, then forwards. */
    record Authenticate(String provider, String issuer, List<WeightedTargetGroup> targetGroups, Integer order,
                        Integer forwardOrder) implements Action {
        public Authenticate {
            if (!"oidc".equals(provider) && !"cognito".equals(provider)) {
                throw new IllegalArgumentException("provider must be 'oidc' or 'cognito', not '" + provider + "'");
            }
            targetGroups = Ids.listOf(targetGroups);
        }

        @Override
        public Authenticate withoutTargetGroup(ElementId targetGroupId) {
            return new Authenticate(provider, issuer, without(targetGroups, targetGroupId), order, forwardOrder);
        }

        @Override
        public List<Integer> orders() {
            return java.util.Arrays.asList(order, forwardOrder);
        }

        @Override
        public Authenticate withImplicitOrder() {
            return new Authenticate(provider, issuer, targetGroups, null, null);
        }
    }

    private static List<WeightedTargetGroup> without(List<WeightedTargetGroup> groups, ElementId targetGroupId) {
        return groups.stream().filter(g -> !g.targetGroupId().equals(targetGroupId)).toList();
    }

    /** The references of an action, named under the given property of its owner. */
    static void addReferences(Reference.Builder builder, String property, Action action) {
        if (action == null) {
            return;
        }
        var groups = action.targetGroups();
        for (int i = 0; i < groups.size(); i++) {
            builder.add(property + ".target_groups[" + i + "].target_group_id", groups.get(i).targetGroupId(), TargetGroup.class);
        }
    }
}
