package uk.schoolgate.server;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A CIDR block such as 127.0.0.0/8 or ::1/128, for trusted client networks. */
public record Network(byte[] address, int prefixLength) {
    public static Network parse(String cidr) {
        String s = cidr.strip();
        int slash = s.indexOf('/');
        String host = slash < 0 ? s : s.substring(0, slash);
        if (!host.matches("[0-9a-fA-F:.]+")) {
            // Never resolve names here: a trusted network is an address range.
            throw new IllegalArgumentException("'" + cidr + "' is not an address range like 10.0.0.0/8");
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(host).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + cidr + "' is not an address range like 10.0.0.0/8");
        }
        int prefix = bytes.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(s.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + cidr + "' has a bad prefix length");
            }
        }
        if (prefix < 0 || prefix > bytes.length * 8) {
            throw new IllegalArgumentException("'" + cidr + "' has a bad prefix length");
        }
        return new Network(bytes, prefix);
    }

    public boolean contains(InetAddress candidate) {
        byte[] other = candidate.getAddress();
        if (other.length != address.length) {
            return false;
        }
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (other[i] != address[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (other[full] & mask) == (address[full] & mask);
    }
}
