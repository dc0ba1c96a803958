package com.balancerstudio.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An AWS Lambda function in a Region, registered as the target of a lambda target group. The design keeps what the
 * load balancer depends on: the function's name, its timeout (null: the AWS default) and whether its resource policy
 * lets Elastic Load Balancing invoke it.
 */
public record LambdaFunction(ElementId id, String name, ElementId parent, Rect bounds, String functionName,
                             Integer timeout, boolean allowElbInvoke) implements Element {
    public LambdaFunction {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        if (functionName == null || functionName.isBlank()) {
            throw new IllegalArgumentException("function_name is required");
        }
    }

    /** The functions of the design a Lambda target group registers (by target_id), in order. */
    public static List<LambdaFunction> registeredWith(Design design, TargetGroup group) {
        var functions = new ArrayList<LambdaFunction>();
        if (group.targetType() != TargetType.LAMBDA) {
            return functions;
        }
        for (var target : group.targets()) {
            if (target.targetId() != null && design.get(target.targetId()) instanceof LambdaFunction function) {
                functions.add(function);
            }
        }
        return functions;
    }

    public LambdaFunction withElbInvoke(boolean allowed) {
        return new LambdaFunction(id, name, parent, bounds, functionName, timeout, allowed);
    }

    @Override
    public LambdaFunction withName(String newName) {
        return new LambdaFunction(id, newName, parent, bounds, functionName, timeout, allowElbInvoke);
    }

    @Override
    public LambdaFunction withPlacement(ElementId newParent, Rect newBounds) {
        return new LambdaFunction(id, name, newParent, newBounds, functionName, timeout, allowElbInvoke);
    }
}
