package id.rantai.api.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which awards a report covers: those made in the period, of one buyer if given. Dashboard and export read
 * the {@code award_attribution} view (alias {@code x}) through the same filter, so they cover the same awards.
 */
public record AttributionFilter(ReportingPeriod period, Optional<UUID> buyer) {

    /**
     * The WHERE clause (empty, or starting with a space) and its parameters appended to {@code params}. Only
     * the conditions that apply are written, so PostgreSQL can use the awarded_at index through the view.
     */
    public String where(List<Object> params) {
        List<String> conditions = new ArrayList<>();
        period.start().ifPresent(start -> {
            conditions.add("x.awarded_at >= ?");
            params.add(start);
        });
        period.endExclusive().ifPresent(end -> {
            conditions.add("x.awarded_at < ?");
            params.add(end);
        });
        buyer.ifPresent(id -> {
            conditions.add("x.buyer_id = ?");
            params.add(id);
        });
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
