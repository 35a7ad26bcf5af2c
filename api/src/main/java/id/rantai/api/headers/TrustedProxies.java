package id.rantai.api.headers;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The proxies whose {@code X-Forwarded-*} headers are believed: addresses or CIDR ranges ({@code 10.0.0.0/8}). Literal
 * addresses only, no names, so nothing is looked up in DNS. Empty (the default): nobody's.
 */
final class TrustedProxies {

    private final List<Range> ranges;

    TrustedProxies(List<String> entries) {
        this.ranges = entries.stream().map(String::strip).filter(e -> !e.isEmpty()).map(Range::parse).toList();
    }

    boolean trusts(InetAddress peer) {
        return peer != null && ranges.stream().anyMatch(range -> range.contains(peer));
    }

    record Range(byte[] network, int prefix) {

        static Range parse(String entry) {
            String[] parts = entry.split("/", 2);
            byte[] address = literal(parts[0]);
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalArgumentException("rantai.http.trusted-proxies: bad prefix in " + entry);
            }
            return new Range(address, prefix);
        }

        boolean contains(InetAddress peer) {
            byte[] address = peer.getAddress();
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        private static byte[] literal(String text) {
            if (!text.matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("rantai.http.trusted-proxies takes addresses, not names: " + text);
            }
            try {
                return InetAddress.getByName(text).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("rantai.http.trusted-proxies: not an address: " + text, e);
            }
        }
    }
}
