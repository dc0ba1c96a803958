package com.balancerstudio.importing.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Vpc;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A configuration the import cannot follow gets a message that says where and why, and never a half design. */
class ImportProblemsTest {
    private static final String PROVIDER = "provider \"aws\" {\n  region = \"us-east-1\"\n}\n";
    private static final String VPC = "resource \"aws_vpc\" \"main\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n";

    @TempDir
    Path folder;

    private TerraformImport.Result importing(String text) throws Exception {
        Files.writeString(folder.resolve("main.tf"), text);
        return TerraformImport.read(folder);
    }

    @Test
    void aSyntaxErrorNamesTheFileLineAndColumn() throws Exception {
        Files.writeString(folder.resolve("main.tf"), PROVIDER + "resource \"aws_vpc\" \"main\" {\n  cidr_block = \n}\n");

        assertThatThrownBy(() -> TerraformImport.read(folder)).isInstanceOf(TerraformImportException.class)
                .hasMessageStartingWith("main.tf:5:");
    }

    @Test
    void aFolderWithoutConfigurationIsRefused() throws Exception {
        Files.writeString(folder.resolve("notes.txt"), "not terraform");

        assertThatThrownBy(() -> TerraformImport.read(folder)).hasMessageContaining("no .tf files in this folder");
        assertThatThrownBy(() -> TerraformImport.read(folder.resolve("notes.txt"))).hasMessageContaining("not a folder");
    }

    @Test
    void aFileThatIsNotTextIsRefused() throws Exception {
        Files.write(folder.resolve("main.tf"), new byte[]{(byte) 0xC3, (byte) 0x28, 0x0A});

        assertThatThrownBy(() -> TerraformImport.read(folder)).hasMessage("main.tf: not UTF-8 text");
    }

    @Test
    void aResourceDeclaredTwiceIsRefusedWithBothPlaces() throws Exception {
        Files.writeString(folder.resolve("a.tf"), PROVIDER + VPC);
        Files.writeString(folder.resolve("b.tf"), VPC);

        assertThatThrownBy(() -> TerraformImport.read(folder))
                .hasMessage("b.tf:1:1: aws_vpc.main is also declared at a.tf:4:1");
    }

    @Test
    void aResourceWhoseReferenceCannotBeFollowedIsLeftOutWithTheReason() throws Exception {
        var result = importing(PROVIDER + VPC + """
                resource "aws_subnet" "outside" {
                  vpc_id     = "vpc-0123456789abcdef0"
                  cidr_block = "10.1.0.0/24"
                }
                resource "aws_subnet" "inside" {
                  vpc_id            = aws_vpc.main.id
                  cidr_block        = "10.0.1.0/24"
                  availability_zone = "us-east-1a"
                }
                """);

        assertThat(result.design().elementsOf(Subnet.class)).extracting(Subnet::name).containsExactly("inside");
        assertThat(result.notes()).singleElement().asString()
                .startsWith("main.tf:8:3:")
                .contains("vpc_id is the string \"vpc-0123456789abcdef0\", not a reference to a resource")
                .endsWith("(aws_subnet.outside left out)");
    }

    @Test
    void aCycleAmongLocalValuesIsNamed() throws Exception {
        var result = importing(PROVIDER + """
                locals {
                  a = local.b
                  b = local.a
                }
                resource "aws_vpc" "main" {
                  cidr_block = local.a
                }
                """);

        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("refers to itself (a cycle)")
                .contains("aws_vpc.main left out"));
    }

    @Test
    void aFunctionTerraformHasButTheImportDoesNotIsNamed() throws Exception {
        var result = importing(PROVIDER + VPC + """
                resource "aws_vpc" "other" {
                  cidr_block = templatefile("cidr.tpl", {})
                }
                """);

        assertThat(result.design().elementsOf(Vpc.class)).extracting(Vpc::name).containsExactly("main");
        assertThat(result.notes()).singleElement().asString().contains("main.tf:").contains("templatefile")
                .contains("aws_vpc.other left out");
    }

    @Test
    void aVariableWithoutDefaultCannotGiveAnAddressBlock() throws Exception {
        var result = importing(PROVIDER + VPC + """
                variable "cidr" {
                  type = string
                }
                resource "aws_vpc" "input" {
                  cidr_block = var.cidr
                }
                """);

        assertThat(result.notes()).singleElement().asString()
                .contains("cidr_block needs text, not var.cidr (a variable without a default)");
    }

    @Test
    void aConfigurationOfNothingADesignDrawsIsRefused() throws Exception {
        Files.writeString(folder.resolve("main.tf"), PROVIDER + "resource \"aws_sqs_queue\" \"q\" {\n  name = \"x\"\n}\n");

        assertThatThrownBy(() -> TerraformImport.read(folder)).hasMessageContaining("no resource of a design");
    }

    @Test
    void aProviderWithoutRegionIsAssumedAndSaid() throws Exception {
        var result = importing("provider \"aws\" {}\n" + VPC);

        assertThat(result.design().elementsOf(Vpc.class)).hasSize(1);
        assertThat(result.notes()).singleElement().asString().contains("names no Region; us-east-1 assumed");
    }

    @Test
    void anAlbAssociatedWithTwoWebAclsKeepsOneAndSaysWhy() throws Exception {
        var alb = PROVIDER + VPC + """
                resource "aws_subnet" "a" {
                  vpc_id            = aws_vpc.main.id
                  cidr_block        = "10.0.1.0/24"
                  availability_zone = "us-east-1a"
                }
                resource "aws_subnet" "b" {
                  vpc_id            = aws_vpc.main.id
                  cidr_block        = "10.0.2.0/24"
                  availability_zone = "us-east-1b"
                }
                resource "aws_lb" "web" {
                  name    = "web"
                  subnets = [aws_subnet.a.id, aws_subnet.b.id]
                }
                resource "aws_wafv2_web_acl_association" "first" {
                  resource_arn = aws_lb.web.arn
                  web_acl_arn  = "arn:aws:wafv2:us-east-1:111122223333:regional/webacl/edge/1111"
                }
                """;
        var second = """
                resource "aws_wafv2_web_acl_association" "second" {
                  resource_arn = aws_lb.web.arn
                  web_acl_arn  = "arn:aws:wafv2:us-east-1:111122223333:regional/webacl/bots/2222"
                }
                """;

        assertThat(importing(alb).notes()).noneMatch(note -> note.contains("ELB-WAF-003"));
        var result = importing(alb + second);

        assertThat(result.notes()).singleElement().asString()
                .contains("ALB web is associated with web ACLs edge and bots (aws_wafv2_web_acl_association.second)")
                .contains("an ALB can be associated with only one web ACL (ELB-WAF-003), so the design keeps bots");
        var lb = result.design().elementsOf(LoadBalancer.class).get(0);
        assertThat(result.design().get(lb.webAclId()).name()).isEqualTo("bots");
    }
}
