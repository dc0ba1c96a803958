package com.balancerstudio.export.drawio;

import java.util.Set;

/**
 * The draw.io stencil names this export uses, each checked by hand against the AWS sidebar of draw.io itself
 * (repository jgraph/drawio, file src/main/webapp/js/diagramly/sidebar/Sidebar-AWS4.js, read at commit 00314959,
 * where every entry is written as {@code gn + '.name'} with {@code gn = 'mxgraph.aws4'}). draw.io draws nothing, and says nothing, for a resIcon or
 * grIcon it does not know, so a style may only name a stencil from {@link #VERIFIED}; the tests hold every exported
 * style to that.
 *
 * <p>A resource is drawn as draw.io's {@code mxgraph.aws4.resourceIcon}: a square in the category colour with the
 * stencil named by resIcon painted on it in white (src/main/webapp/shapes/mxAWS4.js). Any stencil of the aws4 set can
 * be painted that way, and the stencils keep their proportions (aspect="fixed" in stencils/aws4.xml), so the specific
 * resource glyphs (one per load balancer kind, the NAT gateway...) are used rather than the generic service ones.
 */
final class Stencils {
    private Stencils() {
    }

    private static final String AWS4 = "mxgraph.aws4.";

    // Groups palette (addAWS4GroupsPalette): the grIcon of each group shape.
    static final String REGION_GROUP = AWS4 + "group_region";
    static final String VPC_GROUP = AWS4 + "group_vpc2";
    /** The padlock the sidebar's "Public subnet" and "Private subnet" groups both carry. */
    static final String SUBNET_GROUP = AWS4 + "group_security_group";

    // Network & Content Delivery palette (addAWS4NetworkContentDeliveryPalette).
    static final String APPLICATION_LOAD_BALANCER = AWS4 + "application_load_balancer";
    static final String NETWORK_LOAD_BALANCER = AWS4 + "network_load_balancer";
    static final String GATEWAY_LOAD_BALANCER = AWS4 + "gateway_load_balancer";
    static final String CLASSIC_LOAD_BALANCER = AWS4 + "classic_load_balancer";
    /** The Elastic Load Balancing service icon: AWS has no icon of its own for a target group. */
    static final String ELASTIC_LOAD_BALANCING = AWS4 + "elastic_load_balancing";
    static final String INTERNET_GATEWAY = AWS4 + "internet_gateway";
    static final String NAT_GATEWAY = AWS4 + "nat_gateway";
    /** The VPC endpoints glyph, which AWS diagrams also use for a Gateway Load Balancer endpoint. */
    static final String ENDPOINTS = AWS4 + "endpoints";
    static final String ROUTE_TABLE = AWS4 + "route_table";
    static final String ROUTE_53 = AWS4 + "route_53";

    // Compute palette (addAWS4ComputePalette).
    static final String INSTANCE = AWS4 + "instance2";
    static final String AUTO_SCALING = AWS4 + "auto_scaling2";
    static final String ELASTIC_IP_ADDRESS = AWS4 + "elastic_ip_address";
    static final String LAMBDA_FUNCTION = AWS4 + "lambda_function";

    // Storage palette (addAWS4StoragePalette).
    static final String BUCKET = AWS4 + "bucket";

    // Security, Identity & Compliance palette (addAWS4SecurityIdentityCompliancePalette).
    static final String CERTIFICATE_MANAGER = AWS4 + "certificate_manager_3";
    static final String WAF = AWS4 + "waf";

    // General Resources palette (addAWS4GeneralResourcesPalette).
    /** A plain shield: AWS has no icon for a security group, which draw.io draws as a bare red frame. */
    static final String SHIELD = AWS4 + "shield2";
    static final String USERS = AWS4 + "users";
    static final String CORPORATE_DATA_CENTER = AWS4 + "corporate_data_center";

    /** Every stencil name above; a style naming anything else would draw blank in diagrams.net. */
    static final Set<String> VERIFIED = Set.of(REGION_GROUP, VPC_GROUP, SUBNET_GROUP, APPLICATION_LOAD_BALANCER,
            NETWORK_LOAD_BALANCER, GATEWAY_LOAD_BALANCER, CLASSIC_LOAD_BALANCER, ELASTIC_LOAD_BALANCING,
            INTERNET_GATEWAY, NAT_GATEWAY, ROUTE_TABLE, ROUTE_53, INSTANCE, AUTO_SCALING, ELASTIC_IP_ADDRESS,
            CERTIFICATE_MANAGER, WAF, SHIELD, USERS, CORPORATE_DATA_CENTER, LAMBDA_FUNCTION, BUCKET,
            ENDPOINTS);
}
