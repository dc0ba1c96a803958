package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The public key algorithm of a server certificate, spelled as ACM's KeyAlgorithm (key_algorithm). ACM issues
 * RSA_2048 (its default), EC_prime256v1 and EC_secp384r1, and imports all seven ACM values; ED25519 is no ACM value
 * (ACM neither issues nor imports it) and stands for a certificate from another CA that a design plans to use, so the
 * rules can say where it would not be served.
 */
public enum KeyAlgorithm {
    RSA_1024("RSA_1024"),
    RSA_2048("RSA_2048"),
    RSA_3072("RSA_3072"),
    RSA_4096("RSA_4096"),
    EC_PRIME256V1("EC_prime256v1"),
    EC_SECP384R1("EC_secp384r1"),
    EC_SECP521R1("EC_secp521r1"),
    ED25519("ED25519");

    // https://docs.aws.amazon.com/acm/latest/APIReference/API_RequestCertificate.html (KeyAlgorithm, default RSA_2048)
    /** What ACM issues when a request names no key algorithm. */
    public static final KeyAlgorithm ACM_DEFAULT = RSA_2048;

    private final String value;

    KeyAlgorithm(String value) {
        this.value = value;
    }

    /** The value as the design file and ACM write it. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The algorithm with this ACM spelling, or null when there is none. */
    public static KeyAlgorithm byValue(String text) {
        for (var algorithm : values()) {
            if (algorithm.value.equals(text)) {
                return algorithm;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
