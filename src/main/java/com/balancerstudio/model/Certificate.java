package com.balancerstudio.model;

import java.util.List;

/** A server certificate (ACM or IAM) in a Region, for HTTPS and TLS listeners. */
public record Certificate(ElementId id, String name, ElementId parent, Rect bounds, String domainName,
                          List<String> subjectAlternativeNames, CertificateSource source) implements Element {
    public Certificate {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        if (domainName == null || domainName.isBlank()) {
            throw new IllegalArgumentException("domain_name is required");
        }
        subjectAlternativeNames = Ids.listOf(subjectAlternativeNames);
        source = source == null ? CertificateSource.ACM : source;
    }

    @Override
    public Certificate withName(String newName) {
        return new Certificate(id, newName, parent, bounds, domainName, subjectAlternativeNames, source);
    }

    @Override
    public Certificate withPlacement(ElementId newParent, Rect newBounds) {
        return new Certificate(id, name, newParent, newBounds, domainName, subjectAlternativeNames, source);
    }
}
