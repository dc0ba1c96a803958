package com.balancerstudio.export.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.AccessLogs;
import com.balancerstudio.model.BucketEncryption;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.S3Bucket;
import com.balancerstudio.testing.LambdaDesigns;
import com.balancerstudio.ui.inspector.RecordCopier;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** S3 access-log buckets and Lambda function targets in the Terraform export. */
class LogBucketAndLambdaExportTest {
    private static final ElementId BUCKET = ElementId.of("api-alb-logs");

    private static Design microservices() throws Exception {
        return DesignFile.read(Path.of("sample-designs/path-and-host-routing-microservices" + DesignFile.EXTENSION));
    }

    private static Design withBucket(Design design, S3Bucket bucket) {
        return design.withReplaced(bucket);
    }

    @Test
    void aLogBucketBecomesABucketWithItsEncryptionAndAPolicyForTheRegionalElbAccount() throws Exception {
        var config = TerraformExport.of(microservices());
        var storage = config.files().get("storage.tf");

        assertThat(storage).contains("resource \"aws_s3_bucket\" \"api_alb_logs\" {\n  bucket = \"example-api-alb-logs\"\n")
                .contains("      sse_algorithm = \"AES256\"\n")
                // us-east-2 opened before August 2022: the Regional Elastic Load Balancing account is the principal.
                .contains("data \"aws_elb_service_account\" \"elb_us_east_2\" {}")
                .contains("      type        = \"AWS\"\n      identifiers = [data.aws_elb_service_account.elb_us_east_2.arn]\n")
                .contains("    actions   = [\"s3:PutObject\"]\n")
                .contains("[\"${aws_s3_bucket.api_alb_logs.arn}/api-alb/AWSLogs/${data.aws_caller_identity.current"
                        + ".account_id}/*\"]")
                .contains("resource \"aws_s3_bucket_policy\" \"example_api_alb_logs\" {");
        assertThat(config.files().get("load_balancing.tf"))
                .contains("    bucket  = aws_s3_bucket.api_alb_logs.id\n")
                .contains("  depends_on = [aws_s3_bucket_policy.example_api_alb_logs]\n");
        TerraformTexts.assertWellFormed(config);
    }

    @Test
    void aNewerRegionGrantsTheLogDeliveryPrincipalAndAKeyOfTheAccountIsAnInput() throws Exception {
        var design = microservices();
        var region = design.get(ElementId.of("us-east-2"), Region.class);
        var moved = design.withReplaced(new Region(region.id(), region.name(), null, region.bounds(), "eu-central-2"));
        var bucket = moved.get(BUCKET, S3Bucket.class).withEncryption(BucketEncryption.SSE_KMS_CUSTOMER_MANAGED_KEY);

        var config = TerraformExport.of(withBucket(moved, bucket));

        assertThat(config.files().get("storage.tf"))
                .contains("      type        = \"Service\"\n"
                        + "      identifiers = [\"logdelivery.elasticloadbalancing.amazonaws.com\"]\n")
                .contains("      sse_algorithm     = \"aws:kms\"\n      kms_master_key_id = var.api_alb_logs_kms_key_arn\n")
                .doesNotContain("aws_elb_service_account");
        assertThat(config.files().get("variables.tf")).contains("variable \"api_alb_logs_kms_key_arn\" {");
    }

    @Test
    void withoutDeliveryThereIsNoPolicyAndANameOfNoBucketOfTheDesignStaysAName() throws Exception {
        var design = microservices();
        var closed = withBucket(design, design.get(BUCKET, S3Bucket.class).withElbLogDelivery(false));

        var config = TerraformExport.of(closed);
        assertThat(config.files().get("storage.tf")).doesNotContain("aws_s3_bucket_policy");
        assertThat(config.files().get("load_balancing.tf")).doesNotContain("depends_on");

        var lb = design.get(ElementId.of("api-alb"), LoadBalancer.class);
        var elsewhere = design.withReplaced(RecordCopier.with(lb, "accessLogs",
                new AccessLogs(true, "someone-elses-logs", null, null)));
        assertThat(TerraformExport.of(elsewhere).files().get("load_balancing.tf"))
                .contains("    bucket  = \"someone-elses-logs\"\n");
    }

    @Test
    void aLambdaTargetIsAnInputWithThePermissionForItsTargetGroupBeforeTheAttachment() {
        var config = TerraformExport.of(LambdaDesigns.reportsOnLambda(true, 10));
        var lb = config.files().get("load_balancing.tf");

        assertThat(config.files().get("variables.tf")).contains("variable \"reports_lambda_arn\" {")
                .contains("ARN of the Lambda function reports, which times out after 10 s (design element reports-fn)");
        assertThat(lb).contains("resource \"aws_lambda_permission\" \"reports_tg_reports\" {\n"
                        + "  statement_id  = \"AllowInvokeFrom_reports_tg\"\n"
                        + "  action        = \"lambda:InvokeFunction\"\n"
                        + "  function_name = var.reports_lambda_arn\n"
                        + "  principal     = \"elasticloadbalancing.amazonaws.com\"\n"
                        + "  source_arn    = aws_lb_target_group.reports_tg.arn\n}")
                .contains("  target_id        = var.reports_lambda_arn\n")
                .contains("  depends_on = [aws_lambda_permission.reports_tg_reports]\n");
        assertThat(config.notExpressed()).noneMatch(note -> LambdaDesigns.FUNCTION.equals(note.element()));
        TerraformTexts.assertWellFormed(config);
    }

    @Test
    void aFunctionThatMayNotBeInvokedGetsNoPermissionAndANote() {
        var config = TerraformExport.of(LambdaDesigns.reportsOnLambda(false, null));

        assertThat(config.files().get("load_balancing.tf")).doesNotContain("aws_lambda_permission")
                .contains("  target_id        = var.reports_lambda_arn\n");
        assertThat(config.notExpressed()).anySatisfy(note -> {
            assertThat(note.element()).isEqualTo(LambdaDesigns.FUNCTION);
            assertThat(note.message()).contains("no aws_lambda_permission is written for reports-tg");
        });
    }
}
