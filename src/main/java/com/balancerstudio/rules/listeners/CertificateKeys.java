package com.balancerstudio.rules.listeners;

import com.balancerstudio.edit.Edit;
import com.balancerstudio.edit.Edits;
import com.balancerstudio.model.Certificate;
import com.balancerstudio.model.Design;

/** The quick fix of the key algorithm rules: back to the key ACM issues by default. */
final class CertificateKeys {
    private CertificateKeys() {
    }

    /** Sets the certificate's key to ACM's default (RSA 2048), which every load balancer kind serves. */
    static Edit useAcmDefault(Design design, Certificate certificate) {
        return Edits.change(design, certificate.withKeyAlgorithm(null),
                "Use an RSA 2048 key (ACM's default) for certificate '" + certificate.name() + "'");
    }
}
