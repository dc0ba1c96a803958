package com.balancerstudio.importing.hcl;

import java.math.BigInteger;

/**
 * What {@code cidrsubnet(prefix, newBits, number)} gives when the prefix is a reference known only once the resources
 * exist (the IPv6 block AWS generates for a VPC): the three arguments, for the caller to read back.
 */
public record SubnetOfUnknown(Object prefix, int newBits, BigInteger number) {
}
