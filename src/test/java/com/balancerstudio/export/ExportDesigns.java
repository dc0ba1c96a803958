package com.balancerstudio.export;

import com.balancerstudio.model.Client;
import com.balancerstudio.model.ClientKind;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Region;
import java.util.List;

/** Small designs with known geometry for the export tests. */
final class ExportDesigns {
    static final ElementId REGION = ElementId.of("region");
    static final ElementId GATEWAY = ElementId.of("igw");
    static final ElementId ADDRESS = ElementId.of("eip");
    static final ElementId CLIENTS = ElementId.of("clients");
    /** The gateway's absolute bounds. */
    static final Rect GATEWAY_BOUNDS = new Rect(140, 80, 64, 64);

    private ExportDesigns() {
    }

    /** A Region at (100, 20) holding an internet gateway and an Elastic IP, and internet clients left of it. */
    static Design regionWithGateway(String gatewayName) {
        return Design.of("Export test", "", List.of(
                new Region(REGION, "us-east-1", null, new Rect(100, 20, 400, 240), "us-east-1"),
                new InternetGateway(GATEWAY, gatewayName, REGION, new Rect(40, 60, 64, 64), null),
                new ElasticIp(ADDRESS, "public address", REGION, new Rect(240, 60, 64, 64), null),
                new Client(CLIENTS, "Internet users", null, new Rect(0, 100, 64, 64), ClientKind.INTERNET, GATEWAY)));
    }
}
