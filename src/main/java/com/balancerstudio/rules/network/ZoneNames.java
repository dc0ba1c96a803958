package com.balancerstudio.rules.network;

/** Whether an Availability Zone code belongs to a Region, by AWS's naming: the Region code plus one letter. */
final class ZoneNames {
    private ZoneNames() {
    }

    /**
     * True for us-east-1a in us-east-1. AWS documents the zone code as the Region code followed by a letter
     * (https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-availability-zones.html).
     */
    static boolean belongsTo(String zoneName, String regionName) {
        if (zoneName == null || regionName == null || zoneName.length() != regionName.length() + 1
                || !zoneName.startsWith(regionName)) {
            return false;
        }
        char letter = zoneName.charAt(regionName.length());
        return letter >= 'a' && letter <= 'z';
    }
}
