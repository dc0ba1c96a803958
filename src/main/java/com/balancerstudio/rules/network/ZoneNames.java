package com.balancerstudio.rules.network;

import com.balancerstudio.model.AvailabilityZone;

/** Whether a zone's code belongs to a Region, by AWS's naming for the zone's type (see ZoneType#names). */
final class ZoneNames {
    private ZoneNames() {
    }

    /**
     * True for us-east-1a in us-east-1, for the Local Zone us-west-2-lax-1a in us-west-2 and the Wavelength Zone
     * us-east-1-wl1-bos-wlz-1 in us-east-1; an Outpost carries the name of the Availability Zone it is anchored to.
     */
    static boolean belongsTo(AvailabilityZone zone, String regionName) {
        return zone.zoneType().names(zone.zoneName(), regionName);
    }
}
