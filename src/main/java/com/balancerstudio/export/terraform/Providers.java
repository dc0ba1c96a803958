package com.balancerstudio.export.terraform;

import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.Region;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One AWS provider configuration per Region of the design: the default provider when there is one Region, an
 * aliased provider per Region (named after its code, e.g. {@code aws.us_west_2}) when there are several.
 */
final class Providers {
    /** The Region of a design without any, so that the configuration still has a provider. */
    static final String FALLBACK_REGION = "us-east-1";

    private final Design design;
    private final Map<String, String> aliasByRegionCode = new LinkedHashMap<>();

    Providers(Design design) {
        this.design = design;
        for (var region : design.elementsOf(Region.class)) {
            aliasByRegionCode.computeIfAbsent(region.regionName(), code -> Hcl.identifier(code, "region"));
        }
        if (aliasByRegionCode.isEmpty()) {
            aliasByRegionCode.put(FALLBACK_REGION, Hcl.identifier(FALLBACK_REGION, "region"));
        }
    }

    boolean several() {
        return aliasByRegionCode.size() > 1;
    }

    /** The Region codes in design order. */
    List<String> regionCodes() {
        return new ArrayList<>(aliasByRegionCode.keySet());
    }

    String alias(String regionCode) {
        return aliasByRegionCode.get(regionCode);
    }

    /** The Region code an element is created in: its Region's, or the first Region's for global resources. */
    String regionOf(Element element) {
        var region = element == null ? null : design.topology().regionOf(element);
        return region == null ? regionCodes().get(0) : region.regionName();
    }

    /** The provider meta-argument for resources of the element, or null for the default provider. */
    Expr providerFor(String regionCode) {
        return several() ? Expr.raw("aws." + alias(regionCode)) : null;
    }

    /** How configuration refers to the Region: {@code var.region}, or an entry of {@code var.regions}. */
    Expr regionExpr(String regionCode) {
        return several() ? Expr.raw("var.regions[" + Hcl.quote(alias(regionCode)) + "]") : Expr.raw("var.region");
    }
}
