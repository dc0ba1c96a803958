package com.balancerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.Certificate;
import com.balancerstudio.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `validate --as-of`: certificate expiry judged on a given day, so CI runs give the same answer every day. */
class ValidateAsOfCommandTest {
    @TempDir
    Path folder;
    private Path expiring;

    @BeforeEach
    void writeDesign() throws Exception {
        var design = Fixtures.webTier();
        var c = Fixtures.get(design, "www-cert", Certificate.class);
        expiring = folder.resolve("expiring" + DesignFile.EXTENSION);
        DesignFile.write(design.withReplaced(new Certificate(c.id(), c.name(), c.parent(), c.bounds(), c.domainName(),
                c.subjectAlternativeNames(), c.source(), null, "2026-12-01", null)), expiring);
    }

    @Test
    void theSameFileIsCleanInSpringWarnedAboutInNovemberAndAnErrorInDecember() {
        var spring = CliRun.of("validate", "--as-of", "2026-04-01", expiring.toString());
        assertThat(spring.exitCode()).isZero();
        assertThat(spring.out()).contains("0 errors, 0 warnings, 2 infos").doesNotContain("ELB-TLS-0");

        var november = CliRun.of("validate", "--as-of", "2026-11-15", expiring.toString());
        assertThat(november.exitCode()).isZero();
        assertThat(november.out()).contains("warning ELB-TLS-012 [www-cert]: Certificate www-cert expires on 2026-12-01.");

        var december = CliRun.of("validate", "--as-of", "2026-12-02", expiring.toString());
        assertThat(december.exitCode()).isEqualTo(1);
        assertThat(december.out()).contains("error ELB-TLS-015 [www-cert]: Certificate www-cert on "
                + "listener HTTPS :443 expired on 2026-12-01");
    }

    @Test
    void aDateThatIsNotYyyyMmDdIsAUsageError() {
        var run = CliRun.of("validate", "--as-of", "01/12/2026", expiring.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--as-of: '01/12/2026' is not a date; write it as YYYY-MM-DD");
        assertThat(CliRun.of("validate", "--as-of", "2026-02-30", expiring.toString()).exitCode()).isEqualTo(2);
    }
}
