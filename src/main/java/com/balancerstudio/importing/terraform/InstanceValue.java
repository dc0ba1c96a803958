package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.importing.hcl.HclTraversable;
import com.balancerstudio.importing.hcl.SourcePosition;
import java.util.Set;

/**
 * A resource instance as other expressions see it. Attributes AWS assigns (ids, ARNs, names used as ids, DNS names)
 * stay references to the instance; any other attribute the configuration sets gives its configured value, so that
 * {@code cidrsubnet(aws_vpc.main.cidr_block, 8, 1)} can be computed.
 */
record InstanceValue(Evaluation evaluation, ResourceInstance instance) implements HclTraversable {
    /** Attributes that identify the instance to other resources; they are followed as references. */
    private static final Set<String> IDENTITIES = Set.of("id", "arn", "arn_suffix", "name", "dns_name", "zone_id",
            "public_ip", "private_ip", "service_name", "allocation_id", "names", "domain");

    @Override
    public Object attribute(String name, SourcePosition position) throws HclException {
        var configured = instance.resource().block().body().attribute(name);
        if (IDENTITIES.contains(name) && !(instance.resource().data() && configured.isPresent()
                && !name.equals("id") && !name.equals("arn"))
                || configured.isEmpty()) {
            return new AttributeRef(instance, name);
        }
        return evaluation.guarded(instance.address() + "." + name, position,
                () -> evaluation.evaluate(configured.get().expression(), Evaluation.bindingsOf(instance)));
    }

    @Override
    public Object index(Object key, SourcePosition position) throws HclException {
        throw new HclException(position, instance.address() + " is a single instance; it cannot be indexed");
    }
}
