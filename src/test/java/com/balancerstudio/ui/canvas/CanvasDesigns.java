package com.balancerstudio.ui.canvas;

import static com.balancerstudio.testing.DesignBuilder.cidr;
import static com.balancerstudio.testing.DesignBuilder.id;

import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.Vpc;
import java.util.List;

/**
 * A small design laid out without overlaps, for driving the canvas with the pointer. Absolute positions: region at
 * (20,20) 1000x700; VPC (40,60); zones at (60,100) and (500,100), 420x420; subnets at (80,140) and (520,140),
 * 380x160; instances web-a (120,190) and web-b (560,190), 64x64; ALB (80,560) with no listener; target group
 * (240,560) registering web-a.
 */
final class CanvasDesigns {
    private CanvasDesigns() {
    }

    static Design twoSubnets() {
        return Design.of("Canvas test", "", List.of(
                new Region(id("region"), "us-east-1", null, new Rect(20, 20, 1000, 700), "us-east-1"),
                new Vpc(id("vpc"), "vpc", id("region"), new Rect(20, 40, 960, 640), cidr("10.0.0.0/16"), List.of(), true),
                new AvailabilityZone(id("zone-a"), "us-east-1a", id("vpc"), new Rect(20, 40, 420, 420), "us-east-1a"),
                new AvailabilityZone(id("zone-b"), "us-east-1b", id("vpc"), new Rect(460, 40, 420, 420), "us-east-1b"),
                new Subnet(id("subnet-a"), "subnet-a", id("zone-a"), new Rect(20, 40, 380, 160), cidr("10.0.1.0/24"), false),
                new Subnet(id("subnet-b"), "subnet-b", id("zone-b"), new Rect(20, 40, 380, 160), cidr("10.0.2.0/24"), false),
                Instance.of(id("web-a"), "web-a", id("subnet-a"), new Rect(40, 50, 64, 64)),
                Instance.of(id("web-b"), "web-b", id("subnet-b"), new Rect(40, 50, 64, 64)),
                LoadBalancer.of(id("alb"), "alb", id("vpc"), new Rect(40, 500, 64, 64), LoadBalancerType.APPLICATION,
                        false, List.of()),
                TargetGroup.of(id("tg"), "tg", id("vpc"), new Rect(200, 500, 64, 64), Protocol.HTTP, 80,
                        List.of(TargetRegistration.instance(id("web-a"))))));
    }
}
