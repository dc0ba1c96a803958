package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LambdaFunction;
import com.balancerstudio.rules.AwsLimits;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Lambda functions that lambda target groups register. A function is deployed outside a design, so the export
 * names it by an input variable whose description says the function's name and timeout; each variable becomes one
 * LambdaFunction of the target group's Region, which may be invoked by Elastic Load Balancing when an
 * aws_lambda_permission lets it.
 */
final class LambdaFunctions {
    /** "ARN of the Lambda function NAME[, which times out after N s] (design element ID)", as the export writes it. */
    private static final Pattern DESCRIPTION = Pattern.compile(
            "ARN of the Lambda function (\\S+?)(?:, which times out after (\\d+) s)?(?: \\(design element [^)]*\\))?");

    private final Assembly assembly;
    private final Map<String, ElementId> made = new HashMap<>();

    LambdaFunctions(Assembly assembly) {
        this.assembly = assembly;
    }

    /** The function a variable names, made in the Region on first use. */
    ElementId of(VariableRef variable, Arguments arguments, ElementId region) {
        return made.computeIfAbsent(variable.name(), key -> {
            var matcher = DESCRIPTION.matcher(variable.description() == null ? "" : variable.description());
            String functionName;
            Integer timeout = null;
            if (matcher.matches()) {
                functionName = matcher.group(1);
                timeout = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
            } else {
                assembly.note(arguments, "the Lambda function comes from var." + variable.name() + ", whose "
                        + "description does not say its name; the function is named after the variable");
                functionName = variable.name().toLowerCase(Locale.ROOT);
            }
            var id = assembly.newId(functionName);
            assembly.add(null, new LambdaFunction(id, functionName, region, null, functionName, timeout, false));
            return id;
        });
    }

    /** An aws_lambda_permission for Elastic Load Balancing marks its function as invokable by load balancers. */
    void run() {
        assembly.each(this::permission, "aws_lambda_permission");
    }

    private void permission(ResourceInstance instance, Arguments arguments) throws HclException {
        var function = arguments.value("function_name");
        var id = function instanceof VariableRef variable ? made.get(variable.name()) : null;
        if (id == null || !AwsLimits.LAMBDA_INVOKE_PRINCIPAL.equals(arguments.text("principal"))) {
            assembly.note(arguments, instance.address() + " is not a permission for Elastic Load Balancing to invoke "
                    + "a Lambda function that a target group registers; left out");
            return;
        }
        assembly.replace(assembly.get(id, LambdaFunction.class).withElbInvoke(true));
    }
}
