package id.rantai.search.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadDriverTest {

    @Test
    void aUrlTemplateIsFilledWithEncodedValues() {
        assertEquals("http://h/api/search/capabilities?q=sabut+kelapa&near=1.4%2C124.8",
                LoadDriver.fill("http://h/api/search/capabilities?q={q}&near={near}", Map.of("q", "sabut kelapa", "near", "1.4,124.8")));
    }

    @Test
    void aPlaceholderWithoutValueIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> LoadDriver.fill("http://h/?q={q}", Map.of()));
    }

    @Test
    void everyClientSendsItsRequestsAndFailuresAreCounted() throws Exception {
        AtomicInteger calls = new AtomicInteger();

        LoadDriver.Result result = LoadDriver.run("test", 4, 2, 10, (client, i) -> {
            calls.incrementAndGet();
            if (i == 5) {
                throw new IllegalStateException("one failure per client");
            }
        });

        assertEquals(4 * 12, calls.get());
        assertEquals(40, result.requests());
        assertEquals(4, result.errors());
        assertTrue(result.p50() <= result.p95() && result.p95() <= result.p99());
    }
}
