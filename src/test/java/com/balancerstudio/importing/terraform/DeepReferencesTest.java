package com.balancerstudio.importing.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.balancerstudio.model.Vpc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Locals built one from the next in long chains, each as deeply nested as the reader allows, are refused with a
 * message that says where, never a stack overflow.
 */
class DeepReferencesTest {
    @TempDir
    Path folder;

    @Test
    void aChainOfTenThousandLocalsIsRefusedAtTheChainLimit() throws Exception {
        assertThat(importOf(chain(10_000, 1))).contains("main.tf:")
                .contains("through a chain of more than " + Evaluation.MAX_CHAIN + " named values");
    }

    @Test
    void theLongestChainAllowedWithTheDeepestNestingAllowedIsRefusedWithAMessage() throws Exception {
        assertThat(importOf(chain(Evaluation.MAX_CHAIN - 2, 30))).contains("main.tf:")
                .contains("nested more than");
    }

    @Test
    void aChainWithinTheLimitIsFollowed() throws Exception {
        assertThat(importOf(chain(Evaluation.MAX_CHAIN - 2, 1))).startsWith("VPC 10.0.0.0/16;")
                .doesNotContain("chain of more than")
                .doesNotContain("nested more than");
    }

    @Test
    void aChainJustWithinTheDepthLimitIsFollowedWithoutRunningOutOfStack() throws Exception {
        // Seven links of 32 nested lists and indexes evaluate about 460 levels deep, under the evaluator's limit.
        assertThat(importOf(chain(7, 32))).startsWith("VPC 10.0.0.0/16;").doesNotContain("nested more than");
    }

    /**
     * A VPC whose CIDR block is reached through {@code links} locals, each wrapping the next in lists and taking it out
     * again (about twice {@code listsPerLink} levels of evaluation a link).
     */
    private static String chain(int links, int listsPerLink) {
        var text = new StringBuilder("locals {\n");
        for (int i = 0; i < links; i++) {
            text.append("  l").append(i).append(" = ").append("[".repeat(listsPerLink)).append("local.l").append(i + 1)
                    .append("]".repeat(listsPerLink)).append("[0]".repeat(listsPerLink)).append('\n');
        }
        text.append("  l").append(links).append(" = \"10.0.0.0/16\"\n}\n");
        text.append("resource \"aws_vpc\" \"main\" {\n  cidr_block = local.l0\n}\n");
        return text.toString();
    }

    /** The import's notes, or its refusal, within a few seconds. */
    private String importOf(String configuration) throws Exception {
        Files.writeString(folder.resolve("main.tf"), configuration);
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                var result = TerraformImport.read(folder);
                var vpcs = result.design().elements().stream().filter(e -> e instanceof Vpc)
                        .map(e -> "VPC " + ((Vpc) e).cidrBlock()).toList();
                return String.join(", ", vpcs) + "; " + String.join("\n", result.notes());
            } catch (TerraformImportException e) {
                return e.getMessage();
            }
        });
    }
}
