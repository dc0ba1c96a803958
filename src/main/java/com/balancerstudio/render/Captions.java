package com.balancerstudio.render;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.LambdaFunction;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.S3Bucket;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.rules.AwsLimits;
import java.util.LinkedHashSet;

/**
 * The second line under a resource icon, with what a reader of the diagram wants at a glance: a load balancer's kind
 * and listener ports ("ALB · 443, 80"), an Auto Scaling group's sizes, a target group's protocol, port and target
 * count, a log bucket's bucket name and encryption, a Lambda function's timeout. Null for kinds that have nothing to
 * add.
 */
public final class Captions {
    private Captions() {
    }

    public static String detail(Design design, Element element) {
        if (element instanceof LoadBalancer lb) {
            var ports = new LinkedHashSet<String>();
            for (var child : design.children(lb.id())) {
                if (child instanceof Listener listener && listener.port() != null) {
                    ports.add(Integer.toString(listener.port()));
                }
            }
            var kind = lb.type().shortName();
            return ports.isEmpty() ? kind : kind + " · " + String.join(", ", ports);
        }
        if (element instanceof AutoScalingGroup asg) {
            return "desired " + asg.desiredCapacity() + " (" + asg.minSize() + "–" + asg.maxSize() + ")";
        }
        if (element instanceof TargetGroup group) {
            var endpoint = group.protocol() == null ? "" : group.protocol() + (group.port() == null ? "" : ":" + group.port());
            int count = group.targets().size();
            var targets = count + (count == 1 ? " target" : " targets");
            return endpoint.isEmpty() ? targets : endpoint + " · " + targets;
        }
        if (element instanceof S3Bucket bucket) {
            // The name load balancers' access logs match, and the encryption the log rules look at.
            return bucket.bucket() + " · " + bucket.effectiveEncryption().value();
        }
        if (element instanceof LambdaFunction function) {
            return "timeout " + (function.timeout() == null ? AwsLimits.LAMBDA_TIMEOUT_DEFAULT : function.timeout())
                    + " s";
        }
        return null;
    }
}
