package com.balancerstudio.ui.palette;

import com.balancerstudio.model.Template;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** A palette icon: a tile in the colour of the template's group with the kind's short name (ALB, NAT, EC2...). */
public final class TemplateIcon {
    private TemplateIcon() {
    }

    public static Node of(Template template, double size) {
        var tile = new Rectangle(size, size, color(template.group()));
        tile.setArcWidth(size / 4);
        tile.setArcHeight(size / 4);
        var text = new Label(shortName(template));
        text.setTextFill(Color.WHITE);
        text.setFont(Font.font(null, FontWeight.BOLD, size / 3.4));
        var icon = new StackPane(tile, text);
        icon.setAlignment(Pos.CENTER);
        icon.setMinSize(size, size);
        icon.setMaxSize(size, size);
        return icon;
    }

    /** The few letters people use for the kind. */
    public static String shortName(Template template) {
        return switch (template) {
            case REGION -> "RGN";
            case VPC -> "VPC";
            case AVAILABILITY_ZONE -> "AZ";
            case PUBLIC_SUBNET -> "PUB";
            case PRIVATE_SUBNET -> "PRV";
            case INTERNET_GATEWAY -> "IGW";
            case NAT_GATEWAY -> "NAT";
            case ELASTIC_IP -> "EIP";
            case ROUTE_TABLE -> "RT";
            case APPLICATION_LOAD_BALANCER -> "ALB";
            case NETWORK_LOAD_BALANCER -> "NLB";
            case GATEWAY_LOAD_BALANCER -> "GWLB";
            case CLASSIC_LOAD_BALANCER -> "CLB";
            case TARGET_GROUP -> "TG";
            case INSTANCE -> "EC2";
            case AUTO_SCALING_GROUP -> "ASG";
            case SECURITY_GROUP -> "SG";
            case CERTIFICATE -> "ACM";
            case WEB_ACL -> "WAF";
            case DNS_RECORD -> "R53";
            case INTERNET_CLIENTS -> "WWW";
        };
    }

    /** AWS architecture-icon colours by group: network purple, load balancing violet, compute orange, edge red. */
    private static Color color(Template.Group group) {
        return switch (group) {
            case NETWORK -> Color.web("#8c4fff");
            case LOAD_BALANCING -> Color.web("#6b3fd1");
            case COMPUTE -> Color.web("#ed7100");
            case EDGE_AND_SECURITY -> Color.web("#dd344c");
        };
    }
}
