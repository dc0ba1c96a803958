package com.balancerstudio.importing.hcl;

import com.balancerstudio.importing.hcl.Functions.Function;
import java.math.BigInteger;
import java.util.Map;

/** Terraform's cidrsubnet, cidrhost and cidrnetmask, for IPv4 and IPv6 prefixes. */
final class CidrFunctions {
    private CidrFunctions() {
    }

    static void register(Map<String, Function> into) {
        into.put("cidrsubnet", new Function(3, 3, CidrFunctions::subnet));
        into.put("cidrhost", new Function(2, 2, CidrFunctions::host));
        into.put("cidrnetmask", new Function(1, 1, CidrFunctions::netmask));
    }

    private static Object subnet(Arguments a) throws HclException {
        if (Values.isOpaque(a.get(0))) {
            int newBits = a.integer(1);
            var number = BigInteger.valueOf(a.integer(2));
            if (newBits < 0 || number.signum() < 0 || number.bitLength() > newBits) {
                throw a.error("a prefix extension of " + newBits + " bits cannot hold the subnet number " + number);
            }
            return new SubnetOfUnknown(a.get(0), newBits, number);
        }
        var prefix = IpPrefix.parse(a.text(0), a);
        int newBits = a.integer(1);
        var number = BigInteger.valueOf(a.integer(2));
        int length = prefix.length() + newBits;
        if (newBits < 0 || length > prefix.bits()) {
            throw a.error("not enough address space to extend a /" + prefix.length() + " prefix by " + newBits
                    + " bits");
        }
        if (number.signum() < 0 || number.bitLength() > newBits) {
            throw a.error("a prefix extension of " + newBits + " bits cannot hold the subnet number " + number);
        }
        var address = prefix.network().or(number.shiftLeft(prefix.bits() - length));
        return IpPrefix.format(address, prefix.bits()) + "/" + length;
    }

    private static Object host(Arguments a) throws HclException {
        var prefix = IpPrefix.parse(a.text(0), a);
        int hostBits = prefix.bits() - prefix.length();
        var number = BigInteger.valueOf(a.integer(1));
        var size = BigInteger.ONE.shiftLeft(hostBits);
        var offset = number.signum() < 0 ? size.add(number) : number;
        if (offset.signum() < 0 || offset.compareTo(size) >= 0) {
            throw a.error("the host number " + number + " does not fit in " + a.text(0));
        }
        return IpPrefix.format(prefix.network().or(offset), prefix.bits());
    }

    private static Object netmask(Arguments a) throws HclException {
        var prefix = IpPrefix.parse(a.text(0), a);
        if (prefix.bits() != 32) {
            throw a.error("only IPv4 prefixes have a netmask");
        }
        var mask = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE.shiftLeft(32 - prefix.length()));
        return IpPrefix.format(mask, 32);
    }
}
