package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.model.AlpnPolicy;
import com.balancerstudio.model.ConditionField;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.RuleCondition;
import java.util.ArrayList;
import java.util.List;

/** Listeners of Application, Network and Gateway Load Balancers, their extra certificates, and listener rules. */
final class ListenerImport {
    private final Assembly assembly;
    private final Certificates certificates;
    private final ActionImport actions;

    ListenerImport(Assembly assembly, Certificates certificates) {
        this.assembly = assembly;
        this.certificates = certificates;
        this.actions = new ActionImport(assembly);
    }

    void run() {
        assembly.each(this::listener, "aws_lb_listener", "aws_alb_listener");
        assembly.each(this::extraCertificate, "aws_lb_listener_certificate", "aws_alb_listener_certificate");
        assembly.each(this::rule, "aws_lb_listener_rule", "aws_alb_listener_rule");
    }

    private void listener(ResourceInstance instance, Arguments arguments) throws HclException {
        var lb = assembly.ref(arguments, "load_balancer_arn", LoadBalancer.class);
        var protocol = arguments.enumValue("protocol", Protocol.class);
        var port = arguments.integer("port");
        var region = assembly.get(assembly.get(lb.parent()).parent()).id();
        var certificate = certificates.of(arguments.value("certificate_arn"), arguments, "certificate_arn", region);
        var tag = arguments.nameTag();
        var name = tag != null ? tag : protocol == null ? "all traffic" : protocol + " :" + port;
        assembly.add(instance, new Listener(assembly.newId(lb.name() + " " + name), name, lb.id(), null, protocol, port,
                certificate, List.of(), arguments.text("ssl_policy"), actions.read(arguments.blocks("default_action")),
                null, null, false, arguments.enumValue("alpn_policy", AlpnPolicy.class),
                arguments.integer("tcp_idle_timeout_seconds"), null));
    }

    private void extraCertificate(ResourceInstance instance, Arguments arguments) throws HclException {
        var listener = assembly.ref(arguments, "listener_arn", Listener.class);
        var region = assembly.get(assembly.get(assembly.get(listener.parent()).parent()).parent()).id();
        var certificate = certificates.of(arguments.value("certificate_arn"), arguments, "certificate_arn", region);
        var extra = new ArrayList<>(listener.additionalCertificateIds());
        extra.add(certificate);
        assembly.replace(listener.withTls(listener.certificateId(), extra, listener.sslPolicy()));
    }

    private void rule(ResourceInstance instance, Arguments arguments) throws HclException {
        var listener = assembly.ref(arguments, "listener_arn", Listener.class);
        var conditions = new ArrayList<RuleCondition>();
        for (var block : arguments.blocks("condition")) {
            conditions.addAll(conditions(block));
        }
        var action = actions.read(arguments.blocks("action"));
        if (action == null) {
            throw new HclException(arguments.position(), "a listener rule needs an action block");
        }
        var name = Names.of(arguments, instance);
        assembly.add(instance, new ListenerRule(assembly.newId(listener.name() + " " + name), name, listener.id(), null,
                arguments.integer("priority"), conditions, action));
    }

    private static List<RuleCondition> conditions(Arguments condition) throws HclException {
        var list = new ArrayList<RuleCondition>();
        simple(condition, "path_pattern", ConditionField.PATH_PATTERN, list);
        simple(condition, "host_header", ConditionField.HOST_HEADER, list);
        simple(condition, "http_request_method", ConditionField.HTTP_REQUEST_METHOD, list);
        simple(condition, "source_ip", ConditionField.SOURCE_IP, list);
        for (var header : condition.blocks("http_header")) {
            list.add(new RuleCondition(ConditionField.HTTP_HEADER, header.texts("values"),
                    header.requiredText("http_header_name")));
        }
        var pairs = new ArrayList<String>();
        for (var query : condition.blocks("query_string")) {
            var key = query.text("key");
            pairs.add(key == null ? query.requiredText("value") : key + "=" + query.requiredText("value"));
        }
        if (!pairs.isEmpty()) {
            list.add(new RuleCondition(ConditionField.QUERY_STRING, pairs, null));
        }
        return list;
    }

    private static void simple(Arguments condition, String blockType, ConditionField field, List<RuleCondition> list)
            throws HclException {
        for (var block : condition.blocks(blockType)) {
            list.add(new RuleCondition(field, block.texts("values"), null));
        }
    }
}
