package com.balancerstudio.rules.listeners;

import com.balancerstudio.model.Certificate;
import com.balancerstudio.model.Design;
import com.balancerstudio.rules.AwsLimits;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CatalogRule;
import com.balancerstudio.rules.Finding;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A certificate whose recorded expiry is at most 30 days ahead, or an imported one (ACM import or IAM upload) with a
 * recorded expiry, since nothing renews it but its owner (ELB-TLS-012). Expired ones are ELB-TLS-015's. Today is the
 * clock's date, so a run with a fixed clock is reproducible. No quick fix: renewal happens outside the design.
 */
public final class CertificateExpiresSoon extends CatalogRule {
    private final Clock clock;

    public CertificateExpiresSoon(Catalog catalog, Clock clock) {
        super(catalog, "ELB-TLS-012");
        this.clock = clock;
    }

    @Override
    public List<Finding> check(Design design) {
        var today = LocalDate.now(clock);
        var soon = today.plusDays(AwsLimits.CERTIFICATE_EXPIRY_WARNING_DAYS);
        var findings = new ArrayList<Finding>();
        for (var certificate : design.elementsOf(Certificate.class)) {
            var expiry = certificate.expiry();
            if (expiry == null || expiry.isBefore(today) || expiry.isAfter(soon) && !certificate.renewedByOwner()) {
                continue;
            }
            var found = finding(Values.of("cert", certificate.name()).and("date", expiry), certificate);
            findings.add(new Finding(found.ruleId(), found.severity(), found.elementIds(),
                    withOptionalPart(found.message(), certificate.renewedByOwner()), found.fix(), null));
        }
        return findings;
    }

    /** The catalog writes the imported remark as an optional part in braces: "{; imported ... renewed}". */
    private static String withOptionalPart(String message, boolean shown) {
        return message.replaceAll("\\{(;[^}]*)}", shown ? "$1" : "");
    }
}
