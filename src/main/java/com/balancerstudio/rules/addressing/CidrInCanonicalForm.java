package com.balancerstudio.rules.addressing;

import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns about a VPC or subnet CIDR block written with host bits set (10.0.1.5/24), which AWS silently turns into its
 * network address (NET-SUB-004); the quick fix writes the network address the way AWS will create it.
 */
public final class CidrInCanonicalForm extends CatalogRule {
    public CidrInCanonicalForm(Catalog catalog) {
        super(catalog, "NET-SUB-004");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var element : design.elements()) {
            if (element instanceof Vpc vpc) {
                var blocks = vpc.allCidrBlocks();
                if (blocks.stream().anyMatch(cidr -> !cidr.isCanonical())) {
                    var fixed = vpc.withIpv4(canonical(vpc.cidrBlock()),
                            vpc.secondaryCidrBlocks().stream().map(CidrInCanonicalForm::canonical).toList());
                    blocks.stream().filter(cidr -> !cidr.isCanonical()).forEach(cidr -> findings.add(finding(
                            values(cidr), Edits.change(design, fixed, "Write the CIDR blocks of VPC '" + vpc.name()
                                    + "' as network addresses"), vpc)));
                }
            } else if (element instanceof Subnet subnet && !subnet.cidrBlock().isCanonical()) {
                var cidr = canonical(subnet.cidrBlock());
                var fixed = subnet.withIpv4(cidr, subnet.mapPublicIpOnLaunch());
                findings.add(finding(values(subnet.cidrBlock()),
                        Edits.change(design, fixed, "Set the CIDR block of subnet '" + subnet.name() + "' to " + cidr),
                        subnet));
            }
        }
        return findings;
    }

    private static Values values(Cidr cidr) {
        return Values.of("cidr", cidr).and("canonical", canonical(cidr));
    }

    /** The block with its host bits cleared, as AWS creates it. */
    static Cidr canonical(Cidr cidr) {
        if (cidr.isCanonical()) {
            return cidr;
        }
        long network = cidr.network();
        var text = ((network >> 24) & 255) + "." + ((network >> 16) & 255) + "." + ((network >> 8) & 255) + "."
                + (network & 255) + "/" + cidr.prefixLength();
        return Cidr.parse(text);
    }
}
