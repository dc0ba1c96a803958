package com.balancerstudio.importing.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.model.ZoneType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IPv6 as Terraform users write it by hand: a generated VPC block, count-numbered /64s, Local Zones, ::/0 rules. */
class Ipv6ImportTest {
    @TempDir
    Path folder;

    private static final String VPC = """
            provider "aws" {
              region = "us-west-2"
            }

            resource "aws_vpc" "main" {
              cidr_block                       = "10.0.0.0/16"
              assign_generated_ipv6_cidr_block = true
            }
            """;

    @Test
    void countNumberedSlash64sOfAGeneratedBlockAndALocalZoneComeIn() throws Exception {
        Files.writeString(folder.resolve("main.tf"), VPC + """
                resource "aws_subnet" "edge" {
                  count             = 2
                  vpc_id            = aws_vpc.main.id
                  availability_zone = "us-west-2-lax-1a"
                  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
                  ipv6_cidr_block   = cidrsubnet(aws_vpc.main.ipv6_cidr_block, 8, count.index + 10)
                }

                resource "aws_security_group" "web" {
                  vpc_id = aws_vpc.main.id
                  ingress {
                    protocol         = "tcp"
                    from_port        = 443
                    to_port          = 443
                    cidr_blocks      = ["0.0.0.0/0"]
                    ipv6_cidr_blocks = ["::/0"]
                  }
                }
                """);

        var design = TerraformImport.read(folder).design();

        assertThat(design.elementsOf(Vpc.class)).singleElement().satisfies(v -> assertThat(v.generatesIpv6Block()).isTrue());
        assertThat(design.elementsOf(Subnet.class)).extracting(Subnet::ipv6Netnum).containsExactlyInAnyOrder(10, 11);
        assertThat(design.elementsOf(AvailabilityZone.class)).extracting(AvailabilityZone::zoneType)
                .containsOnly(ZoneType.LOCAL_ZONE);
        assertThat(design.elementsOf(SecurityGroup.class).get(0).ingress())
                .anyMatch(r -> r.cidrIpv6() != null && r.cidrIpv6().prefixLength() == 0);
    }

    @Test
    void aSubnetBlockOfAnotherSizeOrABadBlockIsLeftOutWithANoteWhereItIsWritten() throws Exception {
        Files.writeString(folder.resolve("main.tf"), VPC + """
                resource "aws_subnet" "a" {
                  vpc_id          = aws_vpc.main.id
                  cidr_block      = "10.0.1.0/24"
                  ipv6_cidr_block = cidrsubnet(aws_vpc.main.ipv6_cidr_block, 4, 1)
                }
                """);
        var result = TerraformImport.read(folder);
        assertThat(result.design().elementsOf(Subnet.class)).isEmpty();
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("main.tf:12:3")
                .contains("a subnet's IPv6 block is a /64, and cidrsubnet() adds 4 bits to the VPC's /56")
                .endsWith("(aws_subnet.a left out)"));

        Files.writeString(folder.resolve("main.tf"), VPC.replace("assign_generated_ipv6_cidr_block = true",
                "ipv6_cidr_block                  = \"2600:1f14:abc:de01::/56\""));
        assertThat(TerraformImport.read(folder).notes()).anySatisfy(note -> assertThat(note).contains("main.tf:7:")
                .contains("ipv6_cidr_block \"2600:1f14:abc:de01::/56\": '2600:1f14:abc:de01::/56' is not "
                        + "an IPv6 CIDR block: the address has host bits set"));
    }
}
