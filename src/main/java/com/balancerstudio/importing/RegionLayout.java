package com.balancerstudio.importing;

import com.balancerstudio.model.Certificate;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.LambdaFunction;
import com.balancerstudio.model.S3Bucket;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.Size;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.model.WebAcl;
import java.util.ArrayList;

/**
 * Lays out the inside of a Region: its internet gateways, Elastic IPs, certificates, web ACLs, log buckets and Lambda
 * functions in a row under the title, and its VPCs side by side below them, all as tall as the tallest.
 */
final class RegionLayout {
    private RegionLayout() {
    }

    /** Places everything inside the Region and returns the size the Region needs. */
    static Size place(Design design, Region region, Placements out) {
        var vpcs = Children.ofKinds(design, region.id(), Vpc.class);
        var icons = new ArrayList<>(Children.ofKinds(design, region.id(), InternetGateway.class, ElasticIp.class,
                Certificate.class, WebAcl.class, S3Bucket.class, LambdaFunction.class));
        icons.addAll(Children.notOfKinds(design, region.id(), Vpc.class, InternetGateway.class, ElasticIp.class,
                Certificate.class, WebAcl.class, S3Bucket.class, LambdaFunction.class));

        var sizes = new ArrayList<Size>();
        double rowWidth = -Spacing.CONTAINER_GAP;
        double vpcHeight = 0;
        for (var vpc : vpcs) {
            var size = VpcLayout.place(design, (Vpc) vpc, out);
            sizes.add(size);
            rowWidth += size.width() + Spacing.CONTAINER_GAP;
            vpcHeight = Math.max(vpcHeight, size.height());
        }
        double innerWidth = Math.max(rowWidth, Spacing.MIN_INNER_WIDTH);
        double left = Spacing.MARGIN;

        double bottom = Spacing.TITLE_BAND;
        if (!icons.isEmpty()) {
            bottom = FlowRow.place(icons, left, bottom, left + innerWidth, Spacing.REGION_ICON_GAP, false, out);
        }
        if (!vpcs.isEmpty()) {
            double top = icons.isEmpty() ? bottom : bottom + Spacing.GAP;
            double x = left;
            for (int i = 0; i < vpcs.size(); i++) {
                out.put(vpcs.get(i), new Rect(x, top, sizes.get(i).width(), vpcHeight));
                x += sizes.get(i).width() + Spacing.CONTAINER_GAP;
            }
            bottom = top + vpcHeight;
        }
        double height = Math.max(bottom + Spacing.MARGIN, Spacing.SUBNET_MIN_HEIGHT);
        return new Size(innerWidth + 2 * Spacing.MARGIN, height);
    }
}
