package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * What kind of zone an {@link AvailabilityZone} element stands for: EC2's ZoneType of DescribeAvailabilityZones
 * (availability-zone, local-zone, wavelength-zone), plus an Outpost, a rack of AWS hardware on premises that extends an
 * Availability Zone. Load balancers support the last three only partly (see the ELB-GEN-009 and ELB-ALB-006 rules).
 */
public enum ZoneType {
    AVAILABILITY_ZONE("availability-zone", "Availability Zone"),
    LOCAL_ZONE("local-zone", "Local Zone"),
    WAVELENGTH_ZONE("wavelength-zone", "Wavelength Zone"),
    OUTPOST("outpost", "Outpost");

    private final String value;
    private final String title;

    ZoneType(String value, String title) {
        this.value = value;
        this.title = title;
    }

    /** The value as the design file writes it. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The words AWS documentation uses: "Local Zone". */
    public String title() {
        return title;
    }

    // Zone names: https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-availability-zones.html (Region
    // code + letter: us-east-2a); https://docs.aws.amazon.com/local-zones/latest/ug/available-local-zones.html (Region
    // code + location + number + letter: us-west-2-lax-1a); https://docs.aws.amazon.com/wavelength/latest/developerguide/available-wavelength-zones.html
    // (Region code + carrier network + location + "wlz" + number: us-east-1-wl1-bos-wlz-1). An Outpost's subnets are
    // in the Availability Zone the Outpost is anchored to, so they carry that zone's name.
    private static final Pattern LOCAL = Pattern.compile("-[a-z]{2,}-\\d+[a-z]");
    private static final Pattern WAVELENGTH = Pattern.compile("-wl\\d+-[a-z]{2,}-wlz-\\d+");

    /** Whether a zone of this type in the Region can have this name. */
    public boolean names(String zoneName, String regionName) {
        if (zoneName == null || regionName == null || !zoneName.startsWith(regionName)) {
            return false;
        }
        var rest = zoneName.substring(regionName.length());
        if (this == LOCAL_ZONE) {
            return LOCAL.matcher(rest).matches();
        }
        if (this == WAVELENGTH_ZONE) {
            return WAVELENGTH.matcher(rest).matches();
        }
        return rest.length() == 1 && rest.charAt(0) >= 'a' && rest.charAt(0) <= 'z';
    }

    /** The type a zone name says, where it tells (an Outpost shares its Availability Zone's name). */
    public static ZoneType ofName(String zoneName) {
        var region = Pattern.compile("^[a-z]{2}(-[a-z]+)+-\\d+").matcher(zoneName == null ? "" : zoneName);
        if (region.find()) {
            var rest = zoneName.substring(region.end());
            if (WAVELENGTH.matcher(rest).matches()) {
                return WAVELENGTH_ZONE;
            }
            if (LOCAL.matcher(rest).matches()) {
                return LOCAL_ZONE;
            }
        }
        return AVAILABILITY_ZONE;
    }

    @Override
    public String toString() {
        return value;
    }
}
