package id.rantai.api.monitoring;

import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import io.micronaut.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How inclusion figures are broken down. PROVINCE is where the value arrives (the MSME's province, or the
 * cooperative's for value it keeps), KBLI the sector of what was bought (the demand's code), BUYER the BUMN,
 * MONTH the calendar month of the award date in the reporting time zone ({@code 2025-03}; oldest first).
 */
public enum GroupBy {
    PROVINCE, KBLI, BUYER, MONTH;

    /** The query parameter's value ({@code province}, {@code kbli}, {@code buyer}, {@code month}); anything else is a 400. */
    public static Optional<GroupBy> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(g -> g.parameter().equals(value.strip().toLowerCase(Locale.ROOT))).findFirst()
                .or(() -> {
                    throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "Unknown groupBy",
                            List.of(new Problem.FieldError("groupBy", "must be one of province, kbli, buyer, month")));
                });
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
