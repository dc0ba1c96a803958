package com.balancerstudio.ui.inspector;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.RuleCondition;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.WeightedTargetGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Short readable text for values the inspector shows without editing them in place (actions, mappings, lists). */
public final class Summaries {
    private Summaries() {
    }

    public static String of(Design design, Object value) {
        if (value == null) {
            return "AWS default";
        }
        if (value instanceof ElementId id) {
            var element = design.get(id);
            return element == null ? id.value() + " (missing)" : element.name();
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "none" : list.stream().map(v -> of(design, v)).collect(Collectors.joining(", "));
        }
        if (value instanceof Action action) {
            return action(design, action);
        }
        if (value instanceof SubnetMapping mapping) {
            return of(design, mapping.subnetId()) + (mapping.allocationId() == null ? ""
                    : " with " + of(design, mapping.allocationId()));
        }
        if (value instanceof TargetRegistration target) {
            var who = target.targetId() != null ? of(design, target.targetId()) : target.ipAddress();
            return who + (target.port() == null ? "" : ":" + target.port());
        }
        if (value instanceof WeightedTargetGroup weighted) {
            return of(design, weighted.targetGroupId()) + (weighted.weight() == null ? "" : " (weight " + weighted.weight() + ")");
        }
        if (value instanceof Record record) {
            var parts = new ArrayList<String>();
            for (var component : record.getClass().getRecordComponents()) {
                var inner = RecordCopier.read(record, component);
                if (inner != null && !(inner instanceof List<?> l && l.isEmpty())) {
                    parts.add(PropertyNames.words(component.getName()) + " " + of(design, inner));
                }
            }
            return parts.isEmpty() ? "AWS default" : String.join(", ", parts);
        }
        return value.toString();
    }

    /** "If host-header is api.example.com and path-pattern is /a or /b/*", or "Always" without conditions. */
    public static String conditions(List<RuleCondition> conditions) {
        if (conditions.isEmpty()) {
            return "Always";
        }
        return "If " + conditions.stream().map(c -> (c.field() == ConditionField.HTTP_HEADER
                ? "header " + c.httpHeaderName() : c.field().toString()) + " is " + String.join(" or ", c.values()))
                .collect(Collectors.joining(" and "));
    }

    /** "forward to web-tg", "redirect to HTTPS:443", "fixed response 404". */
    public static String action(Design design, Action action) {
        if (action == null) {
            return "none";
        }
        if (action instanceof Action.Forward forward) {
            return "forward to " + of(design, forward.targetGroups());
        }
        if (action instanceof Action.Redirect redirect) {
            return "redirect to " + (redirect.protocol() == null ? "same protocol" : redirect.protocol())
                    + (redirect.port() == null ? "" : ":" + redirect.port());
        }
        if (action instanceof Action.FixedResponse fixed) {
            return "fixed response " + fixed.statusCode();
        }
        if (action instanceof Action.Authenticate authenticate) {
            return "authenticate with " + authenticate.provider() + ", then forward to "
                    + of(design, authenticate.targetGroups());
        }
        return action.toString();
    }
}
