package com.balancerstudio.rules.network;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Reference;
import java.util.List;

/**
 * Who an Elastic IP is associated with. Association is by reference (a NAT gateway's allocation, a load balancer
 * subnet mapping, an instance), and one element can hold several: a load balancer mapping the same address in two
 * subnets counts twice, because each mapping is a node of its own.
 */
final class ElasticIpAssociations {
    private ElasticIpAssociations() {
    }

    /** The number of references that associate the address. */
    static int count(Design design, ElasticIp ip) {
        return holders(design, ip).stream()
                .mapToInt(holder -> (int) holder.references().stream().filter(ref -> associates(ref, ip)).count())
                .sum();
    }

    /** The elements associating the address, each once, in design order. */
    static List<Element> holders(Design design, ElasticIp ip) {
        return design.topology().referrersOf(ip.id()).stream().distinct()
                .filter(holder -> holder.references().stream().anyMatch(ref -> associates(ref, ip))).toList();
    }

    /** Only references meant for an Elastic IP associate it; a route mistakenly aimed at one does not. */
    private static boolean associates(Reference reference, ElasticIp ip) {
        return reference.target().equals(ip.id()) && reference.expectedTypes().equals(java.util.List.of(ElasticIp.class));
    }
}
