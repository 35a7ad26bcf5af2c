package id.rantai.api.catalogue;

import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import io.micronaut.http.HttpStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ISO weeks a capacity calendar shows, each named by its Monday (the day {@code award.week} holds). A
 * date anywhere in a week stands for that week; without dates the calendar starts this week and shows twelve.
 */
record ProductionWeeks(LocalDate first, LocalDate last) {

    static final int DEFAULT_WEEKS = 12;
    static final int MAX_WEEKS = 53;

    static ProductionWeeks between(Optional<LocalDate> from, Optional<LocalDate> to, LocalDate today) {
        if (from.filter(day -> !PlausibleDates.plausible(day)).isPresent()) {
            throw badRange("from", PlausibleDates.message());
        }
        if (to.filter(day -> !PlausibleDates.plausible(day)).isPresent()) {
            throw badRange("to", PlausibleDates.message());
        }
        LocalDate first = monday(from.orElse(today));
        LocalDate last = to.map(ProductionWeeks::monday).orElse(first.plusWeeks(DEFAULT_WEEKS - 1L));
        if (last.isBefore(first)) {
            throw badRange("to", "must not be before from");
        }
        if (ChronoUnit.WEEKS.between(first, last) + 1 > MAX_WEEKS) {
            throw badRange("to", "at most " + MAX_WEEKS + " weeks at a time");
        }
        return new ProductionWeeks(first, last);
    }

    List<LocalDate> mondays() {
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
            weeks.add(week);
        }
        return weeks;
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static ProblemException badRange(String field, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "bad-request", "The week range is invalid",
                List.of(new Problem.FieldError(field, message)));
    }
}
