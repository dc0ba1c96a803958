package com.balancerstudio.export.drawio;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.testing.LambdaDesigns;
import org.junit.jupiter.api.Test;

/** Lambda functions and S3 buckets are drawn with the draw.io AWS stencils of their kind and category colour. */
class LambdaAndBucketIconsTest {
    @Test
    void aFunctionIsAnOrangeLambdaFunctionAndABucketAGreenBucket() {
        var xml = DrawioExport.toXml(LambdaDesigns.reportsOnLambda(true, 10));

        assertThat(xml).contains("fillColor=" + Styles.COMPUTE + ";")
                .contains("resIcon=" + Stencils.LAMBDA_FUNCTION + ";")
                .contains("fillColor=" + Styles.STORAGE + ";strokeColor=#ffffff;")
                .contains("resIcon=" + Stencils.BUCKET + ";");
        assertThat(Stencils.VERIFIED).contains(Stencils.LAMBDA_FUNCTION, Stencils.BUCKET);
    }
}
