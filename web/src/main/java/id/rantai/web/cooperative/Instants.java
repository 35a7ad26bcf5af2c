package id.rantai.web.cooperative;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Search answers carry instants; the page formats take offset times (templates cannot reach static members). */
final class Instants {

    static final Instants INSTANCE = new Instants();

    private Instants() {
    }

    public OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
