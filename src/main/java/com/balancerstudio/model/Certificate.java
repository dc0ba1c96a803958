package com.balancerstudio.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A server certificate (ACM or IAM) in a Region, for HTTPS and TLS listeners. {@code keyAlgorithm} null is ACM's
 * default (RSA_2048); {@code notAfter} is its expiry date (yyyy-mm-dd) when the design records it;
 * {@code certificateType} null means Amazon-issued for ACM and imported for IAM, whose server certificates are always
 * uploaded (an IAM certificate can therefore be nothing but imported).
 */
public record Certificate(ElementId id, String name, ElementId parent, Rect bounds, String domainName,
                          List<String> subjectAlternativeNames, CertificateSource source, KeyAlgorithm keyAlgorithm,
                          String notAfter, CertificateType certificateType) implements Element {
    public Certificate {
        Ids.requireName(name);
        bounds = Ids.boundsOrDefault(bounds);
        if (domainName == null || domainName.isBlank()) {
            throw new IllegalArgumentException("domain_name is required");
        }
        subjectAlternativeNames = Ids.listOf(subjectAlternativeNames);
        source = source == null ? CertificateSource.ACM : source;
        notAfter = notAfter == null || notAfter.isBlank() ? null : notAfter.strip();
        if (notAfter != null) {
            parseDate(notAfter);
        }
        if (source == CertificateSource.IAM && certificateType != null && certificateType != CertificateType.IMPORTED) {
            throw new IllegalArgumentException("an IAM server certificate is always uploaded: certificate_type can only "
                    + "be IMPORTED, not " + certificateType);
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not_after must be a date written yyyy-mm-dd, not '" + text + "'");
        }
    }

    /** The expiry date, or null when the design does not record it. */
    public LocalDate expiry() {
        return notAfter == null ? null : parseDate(notAfter);
    }

    /** The key algorithm, ACM's default when none is set. */
    public KeyAlgorithm keyAlgorithmOrDefault() {
        return keyAlgorithm == null ? KeyAlgorithm.ACM_DEFAULT : keyAlgorithm;
    }

    /** Who issued it: the set type, or Amazon for ACM and imported for IAM. */
    public CertificateType typeOrDefault() {
        if (certificateType != null) {
            return certificateType;
        }
        return source == CertificateSource.IAM ? CertificateType.IMPORTED : CertificateType.AMAZON_ISSUED;
    }

    /** Whether its owner must renew it: imported into ACM or uploaded to IAM (ACM renews what it issues). */
    public boolean renewedByOwner() {
        return typeOrDefault() == CertificateType.IMPORTED;
    }

    /** The same certificate with another key algorithm (null: ACM's default). */
    public Certificate withKeyAlgorithm(KeyAlgorithm algorithm) {
        return new Certificate(id, name, parent, bounds, domainName, subjectAlternativeNames, source, algorithm,
                notAfter, certificateType);
    }

    @Override
    public Certificate withName(String newName) {
        return new Certificate(id, newName, parent, bounds, domainName, subjectAlternativeNames, source, keyAlgorithm,
                notAfter, certificateType);
    }

    @Override
    public Certificate withPlacement(ElementId newParent, Rect newBounds) {
        return new Certificate(id, name, newParent, newBounds, domainName, subjectAlternativeNames, source, keyAlgorithm,
                notAfter, certificateType);
    }
}
