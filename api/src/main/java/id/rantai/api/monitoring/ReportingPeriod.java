package id.rantai.api.monitoring;

import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import io.micronaut.http.HttpStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The days a report covers: from and to are calendar days, both included, in the reporting time zone (WIB,
 * Asia/Jakarta, by default), so "March" is 1 March 00:00 WIB up to, not including, 1 April 00:00 WIB. Either
 * end may be open. An award belongs to the period of its {@code awarded_at}.
 */
public record ReportingPeriod(Optional<LocalDate> from, Optional<LocalDate> to, ZoneId zone) {

    /** Days outside these years are typing mistakes, and far-off years would overflow date arithmetic. */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2999;

    public ReportingPeriod {
        List<Problem.FieldError> errors = new ArrayList<>();
        from.filter(ReportingPeriod::outOfRange).ifPresent(d -> errors.add(yearError("from")));
        to.filter(ReportingPeriod::outOfRange).ifPresent(d -> errors.add(yearError("to")));
        if (errors.isEmpty() && from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            errors.add(new Problem.FieldError("from", "must not be after to (" + to.get() + ")"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The reporting period is invalid", errors);
        }
    }

    public static ReportingPeriod of(LocalDate from, LocalDate to, ZoneId zone) {
        return new ReportingPeriod(Optional.ofNullable(from), Optional.ofNullable(to), zone);
    }

    /** The first instant of the period, when it has a start. */
    public Optional<OffsetDateTime> start() {
        return from.map(d -> d.atStartOfDay(zone).toOffsetDateTime());
    }

    /** The first instant after the period, when it has an end. */
    public Optional<OffsetDateTime> endExclusive() {
        return to.map(d -> d.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }

    private static boolean outOfRange(LocalDate day) {
        return day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR;
    }

    private static Problem.FieldError yearError(String field) {
        return new Problem.FieldError(field, "must be a day between the years " + FIRST_YEAR + " and " + LAST_YEAR);
    }
}
