package id.rantai.api.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import jakarta.inject.Singleton;

/**
 * Requests to bid routes are not measured per route: a counter of {@code POST …/bids} answers rises with every
 * sealed bid (and {@code PUT}/{@code DELETE} with every revision and withdrawal), which would tell anyone reading the
 * metrics that, when and how many bids a demand gets while its bids are sealed. The HTTP server timer is dropped for
 * every route with a {@code bids} segment; the rest are measured as before.
 */
@Singleton
public class BidRouteMeterFilter implements MeterFilter {

    static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        if (!id.getName().startsWith(HTTP_SERVER_REQUESTS)) {
            return MeterFilterReply.NEUTRAL;
        }
        String uri = id.getTag("uri");
        return uri != null && isBidRoute(uri) ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }

    static boolean isBidRoute(String uri) {
        return uri.contains("/bids") || uri.contains("/bid/") || uri.endsWith("/bid");
    }
}
