package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.DnsRecordType;
import com.balancerstudio.model.FailoverRole;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.RoutingPolicy;
import java.util.Locale;

/** Route 53 records that point at load balancers of the configuration: aliases, and CNAMEs of their DNS names. */
final class DnsImport {
    private final Assembly assembly;

    DnsImport(Assembly assembly) {
        this.assembly = assembly;
    }

    void run() {
        assembly.each(this::record, "aws_route53_record");
    }

    private void record(ResourceInstance instance, Arguments arguments) throws HclException {
        var alias = arguments.block("alias");
        LoadBalancer target;
        if (alias != null) {
            target = assembly.ref(alias, "name", LoadBalancer.class);
        } else {
            target = cnameTarget(arguments);
            if (target == null) {
                assembly.note(arguments, instance.address() + " is neither an alias record to a load balancer nor a "
                        + "CNAME holding a load balancer's DNS name; left out");
                return;
            }
        }
        var zoneName = zoneName(arguments);
        var recordName = arguments.requiredText("name");
        if (recordName.endsWith(".")) {
            recordName = recordName.substring(0, recordName.length() - 1);
        }
        if (!recordName.equals(zoneName) && !recordName.endsWith("." + zoneName)) {
            // Route 53 reads a name that does not end in the zone's name as relative to the zone.
            recordName = recordName + "." + zoneName;
        }
        var policy = RoutingPolicy.SIMPLE;
        FailoverRole role = null;
        if (arguments.block("failover_routing_policy") != null) {
            policy = RoutingPolicy.FAILOVER;
            role = arguments.block("failover_routing_policy").enumValue("type", FailoverRole.class);
        } else if (arguments.block("latency_routing_policy") != null) {
            policy = RoutingPolicy.LATENCY;
        } else if (arguments.block("weighted_routing_policy") != null) {
            policy = RoutingPolicy.WEIGHTED;
            assembly.note(arguments, "the weight of " + instance.address() + " is not kept: a design's weighted "
                    + "records share traffic evenly");
        } else if (arguments.block("geolocation_routing_policy") != null) {
            policy = RoutingPolicy.GEOLOCATION;
            assembly.note(arguments, "the location of " + instance.address() + " is not kept");
        }
        var identifier = arguments.text("set_identifier");
        var name = role != null ? recordName + " (" + role.value().toLowerCase(Locale.ROOT) + ")"
                : identifier != null ? recordName + " (" + identifier + ")" : recordName;
        assembly.add(instance, new DnsRecord(assembly.newId(name), name, null, null, zoneName, recordName,
                arguments.has("type") ? arguments.enumValue("type", DnsRecordType.class) : null, policy, role,
                identifier, target.id(), alias != null && alias.bool("evaluate_target_health", false),
                alias == null ? Boolean.FALSE : null));
    }

    /** The load balancer whose DNS name is the only value of a CNAME record; null when it is something else. */
    private LoadBalancer cnameTarget(Arguments arguments) throws HclException {
        if (!"CNAME".equals(arguments.text("type")) || !arguments.has("records")) {
            return null;
        }
        var records = arguments.list("records");
        if (records.size() == 1 && records.get(0) instanceof AttributeRef ref && ref.attribute().equals("dns_name")) {
            return assembly.refTo(ref, arguments, "records", LoadBalancer.class);
        }
        return null;
    }

    /** The hosted zone's name, from the zone resource or data source the record's zone_id refers to. */
    private String zoneName(Arguments arguments) throws HclException {
        var zone = arguments.value("zone_id");
        if (zone instanceof AttributeRef ref && ref.instance().type().equals("aws_route53_zone")) {
            var name = Arguments.of(assembly.evaluation, ref.instance()).requiredText("name");
            return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        }
        throw new HclException(arguments.positionOf("zone_id"), "zone_id is " + Values.describe(zone)
                + ", not a reference to an aws_route53_zone resource or data source, so the zone's name is unknown");
    }
}
