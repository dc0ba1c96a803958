package com.balancerstudio.rules.addressing;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.Vpc;

/** Reads the IP address of an IP target as a one-address block, so the CIDR arithmetic applies to it. */
final class IpAddresses {
    private IpAddresses() {
    }

    /** The address as a /32 block, or null when the text is not an IPv4 address (other rules report that). */
    static Cidr parse(String address) {
        if (address == null || address.contains("/")) {
            return null;
        }
        try {
            return Cidr.parse(address + "/32");
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    static boolean inside(Vpc vpc, Cidr address) {
        return vpc != null && vpc.allCidrBlocks().stream().anyMatch(block -> block.contains(address));
    }
}
