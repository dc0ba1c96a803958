package com.balancerstudio.testing;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.io.DesignFileException;
import com.balancerstudio.model.Action;
import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.HealthCheck;
import com.balancerstudio.model.LambdaFunction;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.RuleCondition;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.ui.inspector.RecordCopier;
import java.nio.file.Path;
import java.util.List;

/**
 * The microservices sample with one more service: requests for api.example.com under /reports go to the Lambda
 * function "reports" through the lambda target group reports-tg (health checks on, every 35 s by default).
 */
public final class LambdaDesigns {
    public static final ElementId FUNCTION = ElementId.of("reports-fn");
    public static final ElementId GROUP = ElementId.of("reports-tg");

    private LambdaDesigns() {
    }

    /** The design with a function that Elastic Load Balancing may invoke or not, with its timeout (null: default). */
    public static Design reportsOnLambda(boolean invokable, Integer timeout) {
        Design design;
        try {
            design = DesignFile.read(Path.of("sample-designs/path-and-host-routing-microservices" + DesignFile.EXTENSION));
        } catch (DesignFileException e) {
            throw new IllegalStateException(e);
        }
        var function = new LambdaFunction(FUNCTION, "reports", ElementId.of("us-east-2"), new Rect(620, 40, 64, 64),
                "reports", timeout, invokable);
        var group = RecordCopier.with(TargetGroup.of(GROUP, "reports-tg", ElementId.of("vpc"),
                new Rect(560, 512, 160, 64), null, null, List.of(TargetRegistration.instance(FUNCTION))),
                "targetType", TargetType.LAMBDA)
                .withHealthCheck(new HealthCheck(true, null, null, null, null, null, null, null, null));
        var rule = new ListenerRule(ElementId.of("reports-rule"), "reports API", ElementId.of("https"), null, 30,
                List.of(RuleCondition.of(ConditionField.HOST_HEADER, "api.example.com"),
                        RuleCondition.of(ConditionField.PATH_PATTERN, "/reports", "/reports/*")),
                Action.Forward.to(GROUP));
        return design.withAdded(function, design.size()).withAdded(group, design.size() + 1)
                .withAdded(rule, design.size() + 2);
    }
}
