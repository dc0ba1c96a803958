package com.balancerstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.balancerstudio.model.BucketEncryption;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LambdaFunction;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.S3Bucket;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.testing.LambdaDesigns;
import com.balancerstudio.testing.RuleRunner;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** S3 buckets, Lambda functions and the Classic emit interval in the design file, and files from before them. */
class LogBucketAndLambdaFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path MICROSERVICES = Path.of("sample-designs/path-and-host-routing-microservices"
            + DesignFile.EXTENSION);

    @Test
    void bucketsAndFunctionsAreWrittenWithTheirTerraformNamesAndReadBack() throws Exception {
        var design = LambdaDesigns.reportsOnLambda(true, 10);

        var json = DesignFile.toJson(design);

        assertThat(json).contains("\"type\": \"s3_bucket\"").contains("\"bucket\": \"example-api-alb-logs\"")
                .contains("\"server_side_encryption\": \"SSE-S3\"").contains("\"allow_elb_log_delivery\": true")
                .contains("\"type\": \"lambda_function\"").contains("\"function_name\": \"reports\"")
                .contains("\"timeout\": 10").contains("\"allow_elb_invoke\": true")
                .contains("\"target_id\": \"reports-fn\"");
        assertThat(DesignFile.parse(json, "reports.json")).isEqualTo(design);
    }

    @Test
    void aFileFromBeforeBucketsStillLoadsWithItsBucketByName() throws Exception {
        var tree = (ObjectNode) JSON.readTree(Files.readString(MICROSERVICES));
        var elements = (ArrayNode) tree.get("elements");
        for (int i = elements.size() - 1; i >= 0; i--) {
            if (elements.get(i).get("type").asText().equals("s3_bucket")) {
                elements.remove(i);
            }
        }
        var before = JSON.writeValueAsString(tree);

        var design = DesignFile.parse(before, "old.json");

        assertThat(design.elementsOf(S3Bucket.class)).isEmpty();
        var lb = design.get(ElementId.of("api-alb"), LoadBalancer.class);
        assertThat(lb.accessLogs().bucket()).isEqualTo("example-api-alb-logs");
        assertThat(lb.accessLogs().emitInterval()).isNull();
        // A bucket outside the design is not checked: the old file has no findings, as before.
        assertThat(RuleRunner.all(design)).allMatch(f -> f.severity() == com.balancerstudio.rules.Severity.INFO);
    }

    @Test
    void theClassicEmitIntervalIsReadAndAFunctionNeedsItsName() throws Exception {
        var text = Files.readString(Path.of("sample-designs/classic-load-balancer-legacy" + DesignFile.EXTENSION));
        var withInterval = text.replaceFirst("\"access_logs\": \\{", "\"access_logs\": {\n        \"emit_interval\": 5,");
        var clb = DesignFile.parse(withInterval, "clb.json").elementsOf(LoadBalancer.class).get(0);
        assertThat(clb.accessLogs().emitInterval()).isEqualTo(5);

        var json = DesignFile.toJson(LambdaDesigns.reportsOnLambda(true, null))
                .replace("\"function_name\": \"reports\",", "");
        assertThatThrownBy(() -> DesignFile.parse(json, "reports.json")).isInstanceOf(DesignFileException.class)
                .hasMessageContaining("function_name is required");
    }

    @Test
    void theLambdaServiceDesignIsCleanAndItsMistakesAreFound() {
        assertThat(RuleRunner.all(LambdaDesigns.reportsOnLambda(true, 10)))
                .allMatch(f -> f.severity() == com.balancerstudio.rules.Severity.INFO);

        var broken = LambdaDesigns.reportsOnLambda(false, 60);
        assertThat(RuleRunner.all(broken)).filteredOn(f -> f.severity() != com.balancerstudio.rules.Severity.INFO)
                .extracting(f -> f.ruleId()).containsExactlyInAnyOrder("ELB-TGT-005", "ELB-HC-012");
        assertThat(broken.get(LambdaDesigns.GROUP, TargetGroup.class).targets().get(0).targetId())
                .isEqualTo(LambdaDesigns.FUNCTION);
        assertThat(broken.get(LambdaDesigns.FUNCTION, LambdaFunction.class).timeout()).isEqualTo(60);
    }

    @Test
    void encryptionChoicesAreWrittenAsTheDesignFileNamesThem() {
        assertThat(BucketEncryption.values()).extracting(BucketEncryption::value)
                .containsExactly("SSE-S3", "SSE-KMS", "SSE-KMS-CMK", "DSSE-KMS");
    }
}
