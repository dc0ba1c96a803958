package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Certificate;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a Route 53 alias record whose hostname none of the certificates (default or additional, by domain name or
 * subject alternative name, wildcards covering one label) of its load balancer's TLS listeners covers (ELB-TLS-013).
 * A load balancer without TLS listeners serves plain traffic and is not reported.
 */
public final class DnsNamesCoveredByCertificate extends CatalogRule {
    public DnsNamesCoveredByCertificate(Catalog catalog) {
        super(catalog, "ELB-TLS-013");
    }

    @Override
    public List<Finding> check(Design design) {
        var findings = new ArrayList<Finding>();
        for (var record : design.elementsOf(DnsRecord.class)) {
            var lb = design.get(record.aliasTargetId(), LoadBalancer.class);
            if (lb == null) {
                continue;
            }
            var certificates = new ArrayList<Certificate>();
            boolean secure = false;
            for (var listener : design.topology().listenersOf(lb)) {
                if (listener.protocol() != null && AwsLimits.TLS_TERMINATING_PROTOCOLS.contains(listener.protocol())) {
                    secure = true;
                    certificates.addAll(SecureListeners.certificates(design, listener));
                }
            }
            var hostname = hostname(record);
            if (secure && certificates.stream().noneMatch(c -> covers(c, hostname))) {
                findings.add(finding(Values.of("record.name", hostname).and("lb.name", lb.name()), record, lb));
            }
        }
        return findings;
    }

    /** The record's full name: Terraform accepts a name relative to the hosted zone as well. */
    static String hostname(DnsRecord record) {
        var name = DnsRecord.normalized(record.recordName());
        var zone = DnsRecord.normalized(record.zoneName());
        return name.equals(zone) || name.endsWith("." + zone) ? name : name + "." + zone;
    }

    static boolean covers(Certificate certificate, String hostname) {
        if (matches(DnsRecord.normalized(certificate.domainName()), hostname)) {
            return true;
        }
        return certificate.subjectAlternativeNames().stream()
                .anyMatch(name -> matches(DnsRecord.normalized(name), hostname));
    }

    /** A wildcard name covers exactly one label in its first position, as TLS clients check it. */
    private static boolean matches(String name, String hostname) {
        if (name.startsWith("*.")) {
            int dot = hostname.indexOf('.');
            return dot > 0 && hostname.substring(dot + 1).equals(name.substring(2));
        }
        return name.equals(hostname);
    }
}
