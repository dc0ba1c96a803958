package com.balancerstudio.importing.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.export.terraform.TerraformExport;
import com.balancerstudio.io.DesignFile;
import com.balancerstudio.model.Action;
import com.balancerstudio.model.ListenerRule;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An authentication written before its forward keeps both orders: the authentication's and the forward's. */
class ActionOrderImportTest {
    @TempDir
    Path folder;

    @Test
    void anAuthenticationAndItsForwardKeepTheirOrders() throws Exception {
        var design = DesignFile.read(Path.of("sample-designs/path-and-host-routing-microservices" + DesignFile.EXTENSION));
        for (var file : TerraformExport.of(design).files().entrySet()) {
            var text = file.getValue();
            if (file.getKey().equals("load_balancing.tf")) {
                var forward = "  action {\n    type             = \"forward\"\n";
                assertThat(text).contains(forward);
                text = text.replaceFirst(java.util.regex.Pattern.quote(forward), java.util.regex.Matcher.quoteReplacement(
                        "  action {\n    type  = \"authenticate-cognito\"\n    order = 5\n"
                                + "    authenticate_cognito {\n      user_pool_arn       = \"arn:aws:cognito-idp:us-east-1:"
                                + "123456789012:userpool/us-east-1_x\"\n      user_pool_client_id = \"client\"\n"
                                + "      user_pool_domain    = \"shop\"\n    }\n  }\n\n"
                                + "  action {\n    type             = \"forward\"\n    order            = 9\n"));
            }
            Files.writeString(folder.resolve(file.getKey()), text);
        }

        var imported = TerraformImport.read(folder).design();

        assertThat(imported.elementsOf(ListenerRule.class)).map(ListenerRule::action)
                .filteredOn(a -> a instanceof Action.Authenticate).singleElement().satisfies(a -> {
                    var authenticate = (Action.Authenticate) a;
                    assertThat(authenticate.provider()).isEqualTo("cognito");
                    assertThat(authenticate.orders()).containsExactly(5, 9);
                });
    }
}
