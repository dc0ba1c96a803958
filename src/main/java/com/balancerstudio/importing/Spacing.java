package com.balancerstudio.importing;

import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.SecurityGroup;
import com.balancerstudio.model.Size;
import com.balancerstudio.model.TargetGroup;

/** The distances and box sizes of an arranged diagram, taken from the hand-made sample designs. */
final class Spacing {
    /** Space between a container's edge and what it holds. */
    static final double MARGIN = 20;
    /** The band at the top of a container where its title is drawn; nothing is placed in it. */
    static final double TITLE_BAND = 40;
    /** Space between two boxes of one row, and between two rows of boxes. */
    static final double GAP = 20;
    /** Space between two containers side by side (zones, VPCs, Regions) and between the bands of a VPC. */
    static final double CONTAINER_GAP = 40;
    /** Gateways, Elastic IPs and certificates of a Region stand 100 apart, leaving room for their names. */
    static final double REGION_ICON_GAP = 36;

    static final double ZONE_WIDTH = 420;
    static final double SUBNET_WIDTH = ZONE_WIDTH - 2 * MARGIN;
    /** A subnet with one row of icons: title band, a 64 high icon, the bottom margin. */
    static final double SUBNET_MIN_HEIGHT = 124;
    /** The narrowest inside of a VPC or Region, so that a lone zone still has a row of resources beside it. */
    static final double MIN_INNER_WIDTH = ZONE_WIDTH;

    /** Space between the boxes of the column on the left, where a client's name would otherwise touch the next box. */
    static final double COLUMN_GAP = 32;
    /**
     * How much further than {@link #GAP} the two-line captions reach below a load balancer, target group or Auto
     * Scaling group (a name and a line of detail, 30 units in all); a one-line name fits within the gap.
     */
    private static final double SECOND_CAPTION_LINE = 16;

    private static final Size ICON = new Size(64, 64);
    private static final Size WIDE_BOX = new Size(160, 64);
    private static final Size MEDIUM_BOX = new Size(120, 64);
    private static final Size RECORD_BOX = new Size(140, 64);

    private Spacing() {
    }

    /** The room to keep below the element beyond the usual gap, for the detail line drawn under its name. */
    static double extraCaptionDepth(Element element) {
        boolean twoLines = element instanceof LoadBalancer || element instanceof TargetGroup
                || element instanceof AutoScalingGroup;
        return twoLines ? SECOND_CAPTION_LINE : 0;
    }

    /** The size of an element that holds nothing drawn: wide boxes for load balancers and names that run long. */
    static Size boxOf(Element element) {
        if (element instanceof LoadBalancer || element instanceof TargetGroup) {
            return WIDE_BOX;
        }
        if (element instanceof RouteTable || element instanceof SecurityGroup || element instanceof AutoScalingGroup) {
            return MEDIUM_BOX;
        }
        if (element instanceof DnsRecord) {
            return RECORD_BOX;
        }
        return ICON;
    }
}
