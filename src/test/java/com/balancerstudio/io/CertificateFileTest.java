package com.balancerstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.balancerstudio.model.Certificate;
import com.balancerstudio.model.CertificateType;
import com.balancerstudio.model.KeyAlgorithm;
import com.balancerstudio.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** A certificate's key_algorithm, not_after and certificate_type in the design file: optional, checked, kept. */
class CertificateFileTest {
    private final String good = DesignFile.toJson(Fixtures.webTier());
    private static final String DOMAIN = "\"domain_name\": \"www.example.com\"";

    private static Certificate certificate(String json) throws DesignFileException {
        return Fixtures.get(DesignFile.parse(json, "c.balancer.json"), "www-cert", Certificate.class);
    }

    @Test
    void aFileWithoutTheNewPropertiesLoadsWithAwsDefaults() throws Exception {
        assertThat(good).contains(DOMAIN).doesNotContain("key_algorithm").doesNotContain("not_after");

        var certificate = certificate(good);

        assertThat(certificate.keyAlgorithm()).isNull();
        assertThat(certificate.keyAlgorithmOrDefault()).isEqualTo(KeyAlgorithm.RSA_2048);
        assertThat(certificate.expiry()).isNull();
        assertThat(certificate.typeOrDefault()).isEqualTo(CertificateType.AMAZON_ISSUED);
        assertThat(certificate.renewedByOwner()).isFalse();
    }

    @Test
    void theNewPropertiesAreReadInAcmsSpellingAndWrittenBackTheSame() throws Exception {
        var json = good.replace(DOMAIN, DOMAIN + ", \"key_algorithm\": \"EC_prime256v1\", \"not_after\": \"2027-03-31\","
                + " \"certificate_type\": \"IMPORTED\"");

        var certificate = certificate(json);

        assertThat(certificate.keyAlgorithm()).isEqualTo(KeyAlgorithm.EC_PRIME256V1);
        assertThat(certificate.expiry()).hasToString("2027-03-31");
        assertThat(certificate.renewedByOwner()).isTrue();
        var again = DesignFile.toJson(DesignFile.parse(json, "c.balancer.json"));
        assertThat(again).contains("\"key_algorithm\": \"EC_prime256v1\"").contains("\"not_after\": \"2027-03-31\"")
                .contains("\"certificate_type\": \"IMPORTED\"");
    }

    @Test
    void aDateInAnotherFormatIsRefusedWithTheFormatToUse() {
        var e = catchThrowableOfType(DesignFileException.class, () -> certificate(
                good.replace(DOMAIN, DOMAIN + ", \"not_after\": \"31/03/2027\"")));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("not_after must be a date written yyyy-mm-dd, not '31/03/2027'");
    }

    @Test
    void anIamCertificateIssuedByAmazonIsRefused() {
        var e = catchThrowableOfType(DesignFileException.class, () -> certificate(
                good.replace("\"source\": \"acm\"", "\"source\": \"iam\", \"certificate_type\": \"AMAZON_ISSUED\"")));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("an IAM server certificate is always uploaded");
    }
}
