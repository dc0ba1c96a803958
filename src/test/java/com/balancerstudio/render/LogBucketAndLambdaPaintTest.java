package com.balancerstudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LambdaFunction;
import com.balancerstudio.model.S3Bucket;
import org.junit.jupiter.api.Test;

/** Buckets and Lambda functions are Region-level tiles like certificates and web ACLs, in their AWS category colour. */
class LogBucketAndLambdaPaintTest {
    private final S3Bucket bucket = new S3Bucket(ElementId.of("logs"), "logs", ElementId.of("r"), null, "my-logs",
            null, true);
    private final LambdaFunction function = new LambdaFunction(ElementId.of("fn"), "fn", ElementId.of("r"), null,
            "fn", null, true);

    @Test
    void aBucketIsStorageGreenAndAFunctionComputeOrange() {
        for (var theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {
            assertThat(DiagramPainter.categoryColor(theme, bucket)).isEqualTo(theme.storage());
            assertThat(DiagramPainter.categoryColor(theme, function)).isEqualTo(theme.compute());
        }
        assertThat(Theme.LIGHT.storage()).isNotIn(Theme.LIGHT.compute(), Theme.LIGHT.networking(),
                Theme.LIGHT.security(), Theme.LIGHT.management());
        assertThat(DiagramPainter.isContainer(bucket)).isFalse();
    }

    @Test
    void theirTilesAreMarkedS3AndFn() {
        assertThat(DiagramPainter.abbreviation(bucket)).isEqualTo("S3");
        assertThat(DiagramPainter.abbreviation(function)).isEqualTo("FN");
    }

    @Test
    void theCaptionSaysTheBucketNameAndEncryptionAndTheFunctionTimeout() {
        var design = com.balancerstudio.testing.LambdaDesigns.reportsOnLambda(true, null);
        var logs = design.get(ElementId.of("api-alb-logs"));

        assertThat(Captions.detail(design, logs)).isEqualTo("example-api-alb-logs · SSE-S3");
        assertThat(Captions.detail(design, design.get(com.balancerstudio.testing.LambdaDesigns.FUNCTION)))
                .isEqualTo("timeout 3 s");
    }
}
