package id.rantai.api.headers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void nobodyIsTrustedByDefault() throws Exception {
        assertFalse(new TrustedProxies(List.of()).trusts(InetAddress.getByName("127.0.0.1")));
    }

    @Test
    void anAddressOrARangeIsTrustedAndItsNeighboursAreNot() throws Exception {
        TrustedProxies proxies = new TrustedProxies(List.of("10.1.0.0/16", " 192.0.2.7 ", "::1"));
        assertTrue(proxies.trusts(InetAddress.getByName("10.1.200.3")));
        assertFalse(proxies.trusts(InetAddress.getByName("10.2.0.1")));
        assertTrue(proxies.trusts(InetAddress.getByName("192.0.2.7")));
        assertFalse(proxies.trusts(InetAddress.getByName("192.0.2.8")));
        assertTrue(proxies.trusts(InetAddress.getByName("::1")));
    }

    @Test
    void aHostNameIsRefusedRatherThanLookedUp() {
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(List.of("proxy.example")));
    }
}
