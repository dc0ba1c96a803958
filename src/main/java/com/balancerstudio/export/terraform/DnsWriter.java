package com.balancerstudio.export.terraform;

import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.RoutingPolicy;
import com.balancerstudio.rules.AwsLimits;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Route 53 records to load balancers (aliases, or CNAMEs holding the load balancer's DNS name), in hosted zones that
 * already exist (looked up by name).
 */
final class DnsWriter {
    /** The weight of a weighted record when the design gives none: equal weights share traffic evenly. */
    private static final int EVEN_WEIGHT = 1;

    private final ExportContext context;
    private final Map<String, String> zoneLabels = new HashMap<>();

    DnsWriter(ExportContext context) {
        this.context = context;
    }

    void write() {
        context.design.elementsOf(DnsRecord.class).forEach(this::record);
    }

    private void record(DnsRecord record) {
        var target = context.design.get(record.aliasTargetId(), LoadBalancer.class);
        if (target == null) {
            context.note(record, "the record points at no load balancer of the design; left out");
            return;
        }
        if (target.type() == LoadBalancerType.GATEWAY) {
            context.note(record, "a Gateway Load Balancer cannot be an alias target; the record is left out");
            return;
        }
        var body = new Body()
                .attr("zone_id", Expr.raw("data.aws_route53_zone." + zone(record.zoneName()) + ".zone_id"))
                .str("name", record.recordName())
                .str("type", record.recordType().value());
        switch (record.routingPolicy()) {
            case SIMPLE -> { }
            case FAILOVER -> body.str("set_identifier", identifier(record))
                    .block("failover_routing_policy", b -> b.str("type",
                            record.failoverRole() == null ? "PRIMARY" : record.failoverRole().value()));
            case LATENCY -> body.str("set_identifier", identifier(record))
                    .block("latency_routing_policy", b -> b.str("region", context.providers.regionOf(target)));
            case WEIGHTED -> {
                context.note(record, "the design gives weighted records no weight; written with weight "
                        + EVEN_WEIGHT + " (equal shares)");
                body.str("set_identifier", identifier(record))
                        .block("weighted_routing_policy", b -> b.num("weight", EVEN_WEIGHT));
            }
            case GEOLOCATION -> {
                context.note(record, "the design gives geolocation records no location; written as the default "
                        + "location (*)");
                body.str("set_identifier", identifier(record))
                        .block("geolocation_routing_policy", b -> b.str("country", "*"));
            }
        }
        if (record.routingPolicy() == RoutingPolicy.FAILOVER && record.failoverRole() == null) {
            context.note(record, "failover record without a role; written as PRIMARY");
        }
        if (record.isAlias()) {
            body.block("alias", b -> b
                    .attr("name", context.plan.ref(target.id(), "dns_name"))
                    .attr("zone_id", context.plan.ref(target.id(), "zone_id"))
                    .bool("evaluate_target_health", record.evaluateTargetHealth()));
        } else {
            body.num("ttl", AwsLimits.ELB_DNS_TTL_SECONDS)
                    .attr("records", Expr.list(List.of(context.plan.ref(target.id(), "dns_name"))));
        }
        context.resource(ExportContext.DNS, record, body);
    }

    private String identifier(DnsRecord record) {
        return record.setIdentifier() != null ? record.setIdentifier() : record.id().value();
    }

    /** The label of the data source that looks the hosted zone up, declared on first use. */
    private String zone(String zoneName) {
        return zoneLabels.computeIfAbsent(zoneName, name -> {
            var label = context.labels.take("data.aws_route53_zone", name, "zone");
            context.resources.addData(ExportContext.DNS, "aws_route53_zone", label,
                    context.providers.regionCodes().get(0), new Body()
                            .str("name", name)
                            .bool("private_zone", false));
            return label;
        });
    }
}
