package com.balancerstudio.ui.files;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.io.DesignFileException;
import com.balancerstudio.model.Design;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sample designs shipped inside the program, offered by "New from template". */
public final class BundledSamples {
    /** The file names under the samples resource folder, which a jar cannot list. */
    public static final List<String> FILES = List.of(
            "two-az-alb-web-tier.balancer.json",
            "auto-scaled-sticky-sessions.balancer.json",
            "classic-load-balancer-legacy.balancer.json",
            "gateway-load-balancer-firewalls.balancer.json",
            "https-end-to-end-reencryption.balancer.json",
            "nlb-elastic-ip-allow-listing.balancer.json",
            "path-and-host-routing-microservices.balancer.json",
            "route53-failover-two-regions.balancer.json");

    private static final String FOLDER = "/com/balancerstudio/samples/";

    private BundledSamples() {
    }

    /** Reads one bundled sample by its file name. */
    public static Design read(String fileName) throws IOException, DesignFileException {
        try (InputStream in = BundledSamples.class.getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                throw new IOException("the sample design " + fileName + " is missing from the program");
            }
            return DesignFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), fileName);
        }
    }
}
