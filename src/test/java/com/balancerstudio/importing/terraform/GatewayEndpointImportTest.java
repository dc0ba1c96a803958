package com.balancerstudio.importing.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.balancerstudio.model.GatewayLoadBalancerEndpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** VPC endpoints of a hand-written configuration: Gateway Load Balancer ones become elements, others are noted. */
class GatewayEndpointImportTest {
    @TempDir
    Path folder;

    @Test
    void anEndpointOfAServiceOutsideTheConfigurationIsKeptAndOtherEndpointsAreNoted() throws Exception {
        Files.writeString(folder.resolve("main.tf"), """
                provider "aws" {
                  region = "us-east-1"
                }
                resource "aws_vpc" "main" {
                  cidr_block = "10.0.0.0/16"
                }
                resource "aws_subnet" "a" {
                  vpc_id            = aws_vpc.main.id
                  cidr_block        = "10.0.0.0/24"
                  availability_zone = "us-east-1a"
                }
                resource "aws_vpc_endpoint" "s3" {
                  vpc_id       = aws_vpc.main.id
                  service_name = "com.amazonaws.us-east-1.s3"
                }
                resource "aws_vpc_endpoint" "inspection" {
                  vpc_id            = aws_vpc.main.id
                  vpc_endpoint_type = "GatewayLoadBalancer"
                  service_name      = "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0"
                  subnet_ids        = [aws_subnet.a.id]
                }
                """);

        var result = TerraformImport.read(folder);

        assertThat(result.design().elementsOf(GatewayLoadBalancerEndpoint.class)).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("inspection");
            assertThat(e.loadBalancerId()).isNull();
            assertThat(result.design().get(e.parent()).name()).isEqualTo("a");
        });
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("aws_vpc_endpoint.s3 is a Gateway VPC "
                + "endpoint, which a design does not draw"));
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("service_name is not the service_name of an "
                + "aws_vpc_endpoint_service"));
    }
}
