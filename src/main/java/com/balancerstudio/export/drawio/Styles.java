package com.balancerstudio.export.drawio;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Certificate;
import com.balancerstudio.model.Client;
import com.balancerstudio.model.ClientKind;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LambdaFunction;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.GatewayLoadBalancerEndpoint;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.S3Bucket;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.model.WebAcl;

/**
 * The draw.io style of each cell, written the way draw.io's own AWS sidebar writes it (same shapes, group colours and
 * category colours), so a diagram exported here looks like one drawn from that library. Styles never contain text from
 * the design, and no style turns on {@code html=1}: labels are plain text, so a name cannot become markup.
 */
final class Styles {
    private Styles() {
    }

    // Category colours of the AWS architecture icons, as the sidebar's palettes fill their icons.
    static final String NETWORKING = "#8C4FFF";
    static final String COMPUTE = "#ED7100";
    static final String SECURITY = "#DD344C";
    static final String GENERAL = "#232F3E";
    static final String STORAGE = "#7AA116";

    private static final String CONTAINER = "container=1;pointerEvents=0;collapsible=0;recursiveResize=0;"
            + "fontSize=12;fontStyle=0;verticalAlign=top;";
    private static final String GROUP = "shape=mxgraph.aws4.group;outlineConnect=0;gradientColor=none;align=left;"
            + "spacingLeft=30;" + CONTAINER;

    /** The style of a container or resource cell. */
    static String of(Design design, Element element) {
        if (element instanceof Region) {
            return GROUP + "grIcon=" + Stencils.REGION_GROUP + ";strokeColor=#00A4A6;fillColor=none;fontColor=#147EBA;"
                    + "dashed=1;";
        }
        if (element instanceof Vpc) {
            return GROUP + "grIcon=" + Stencils.VPC_GROUP + ";strokeColor=#8C4FFF;fillColor=none;fontColor=#AAB7B8;"
                    + "dashed=0;";
        }
        if (element instanceof AvailabilityZone) {
            // The sidebar's Availability Zone is a plain dashed frame without an icon.
            return CONTAINER + "rounded=0;fillColor=none;strokeColor=#147EBA;fontColor=#147EBA;dashed=1;";
        }
        if (element instanceof Subnet subnet) {
            return design.topology().isPublic(subnet)
                    ? GROUP + "grIcon=" + Stencils.SUBNET_GROUP + ";grStroke=0;strokeColor=#7AA116;fillColor=#F2F6E8;"
                    + "fontColor=#248814;dashed=0;"
                    : GROUP + "grIcon=" + Stencils.SUBNET_GROUP + ";grStroke=0;strokeColor=#00A4A6;fillColor=#E6F6F7;"
                    + "fontColor=#147EBA;dashed=0;";
        }
        return resource(categoryColour(element), icon(element));
    }

    /** The connectors: orthogonal, with the arrow head and grey of the sidebar's AWS arrows. */
    static final String EDGE = "edgeStyle=orthogonalEdgeStyle;rounded=0;orthogonalLoop=1;jettySize=auto;"
            + "endArrow=block;endFill=1;strokeColor=#545B64;";

    private static String resource(String fill, String icon) {
        return "sketch=0;outlineConnect=0;fontColor=#232F3E;fillColor=" + fill + ";strokeColor=#ffffff;dashed=0;"
                + "verticalLabelPosition=bottom;verticalAlign=top;align=center;fontSize=12;fontStyle=0;aspect=fixed;"
                + "shape=mxgraph.aws4.resourceIcon;resIcon=" + icon + ";";
    }

    /** The colour of the sidebar palette each icon comes from. */
    static String categoryColour(Element element) {
        if (element instanceof Instance || element instanceof AutoScalingGroup || element instanceof ElasticIp
                || element instanceof LambdaFunction) {
            return COMPUTE;
        }
        if (element instanceof S3Bucket) {
            return STORAGE;
        }
        if (element instanceof SecurityGroup || element instanceof Certificate || element instanceof WebAcl) {
            return SECURITY;
        }
        if (element instanceof Client) {
            return GENERAL;
        }
        return NETWORKING;
    }

    /** The stencil painted on a resource's square; one of {@link Stencils#VERIFIED}. */
    static String icon(Element element) {
        if (element instanceof LoadBalancer lb) {
            return switch (lb.type()) {
                case APPLICATION -> Stencils.APPLICATION_LOAD_BALANCER;
                case NETWORK -> Stencils.NETWORK_LOAD_BALANCER;
                case GATEWAY -> Stencils.GATEWAY_LOAD_BALANCER;
                case CLASSIC -> Stencils.CLASSIC_LOAD_BALANCER;
            };
        }
        if (element instanceof TargetGroup) {
            return Stencils.ELASTIC_LOAD_BALANCING;
        }
        if (element instanceof Instance) {
            return Stencils.INSTANCE;
        }
        if (element instanceof AutoScalingGroup) {
            return Stencils.AUTO_SCALING;
        }
        if (element instanceof InternetGateway) {
            return Stencils.INTERNET_GATEWAY;
        }
        if (element instanceof NatGateway) {
            return Stencils.NAT_GATEWAY;
        }
        if (element instanceof GatewayLoadBalancerEndpoint) {
            return Stencils.ENDPOINTS;
        }
        if (element instanceof ElasticIp) {
            return Stencils.ELASTIC_IP_ADDRESS;
        }
        if (element instanceof RouteTable) {
            return Stencils.ROUTE_TABLE;
        }
        if (element instanceof SecurityGroup) {
            return Stencils.SHIELD;
        }
        if (element instanceof Certificate) {
            return Stencils.CERTIFICATE_MANAGER;
        }
        if (element instanceof WebAcl) {
            return Stencils.WAF;
        }
        if (element instanceof DnsRecord) {
            return Stencils.ROUTE_53;
        }
        if (element instanceof S3Bucket) {
            return Stencils.BUCKET;
        }
        if (element instanceof LambdaFunction) {
            return Stencils.LAMBDA_FUNCTION;
        }
        if (element instanceof Client client) {
            return client.kind() == ClientKind.ON_PREMISES ? Stencils.CORPORATE_DATA_CENTER : Stencils.USERS;
        }
        throw new IllegalArgumentException("no draw.io icon for " + element.kindLabel());
    }
}
