package id.rantai.api.monitoring;

import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import io.micronaut.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Which attributed value a report covers: of awards made in the period, of one buyer, of demands in one KBLI sector
 * (a code or its first digits: {@code 31} is every furniture code) and arriving in one province, each if given. A
 * province filter keeps only the part of an award that reaches an MSME (or a cooperative) there, the same part the
 * province's group of a breakdown shows. Dashboard and export read the {@code award_attribution} view (alias
 * {@code x}) through the same filter, so they cover the same rupiah.
 */
public record AttributionFilter(ReportingPeriod period, Optional<UUID> buyer, Optional<String> province, Optional<String> kbli) {

    private static final Pattern PROVINCE = Pattern.compile("ID-[A-Z]{2}");
    private static final Pattern KBLI = Pattern.compile("[0-9]{1,5}");

    public AttributionFilter {
        List<Problem.FieldError> errors = new ArrayList<>();
        province.filter(p -> !PROVINCE.matcher(p).matches())
                .ifPresent(p -> errors.add(new Problem.FieldError("province", "must be an ISO 3166-2:ID code such as ID-JT")));
        kbli.filter(k -> !KBLI.matcher(k).matches())
                .ifPresent(k -> errors.add(new Problem.FieldError("kbli", "must be a KBLI code or its first digits (1 to 5 digits)")));
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields", errors);
        }
    }

    public AttributionFilter(ReportingPeriod period, Optional<UUID> buyer) {
        this(period, buyer, Optional.empty(), Optional.empty());
    }

    /** From query parameters: blank means "any"; a province code is taken in capitals. */
    public static AttributionFilter of(ReportingPeriod period, UUID buyer, String province, String kbli) {
        return new AttributionFilter(period, Optional.ofNullable(buyer),
                blankToEmpty(province).map(p -> p.toUpperCase(Locale.ROOT)), blankToEmpty(kbli));
    }


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
        province.ifPresent(code -> {
            conditions.add("x.province::text = ?");
            params.add(code);
        });
        kbli.ifPresent(code -> {
            conditions.add("x.kbli::text like ?");
            params.add(code + "%");
        });
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
