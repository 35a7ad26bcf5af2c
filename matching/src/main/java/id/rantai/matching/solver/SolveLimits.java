package id.rantai.matching.solver;

import java.time.Duration;
import java.util.Objects;

/**
 * When a solve stops: at the time limit, or earlier when the best plan has not improved for
 * {@code unimprovedLimit} (null: never), or as soon as it is feasible with every unit awarded
 * ({@code stopWhenComplete}: for tests that only need a complete plan).
 */
public record SolveLimits(Duration timeLimit, Duration unimprovedLimit, boolean stopWhenComplete) {

    public SolveLimits {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive: " + timeLimit);
        }
    }

    public static SolveLimits of(Duration timeLimit) {
        return new SolveLimits(timeLimit, null, false);
    }

    public SolveLimits stoppingWhenUnimprovedFor(Duration unimproved) {
        return new SolveLimits(timeLimit, unimproved, stopWhenComplete);
    }

    public SolveLimits stoppingWhenComplete() {
        return new SolveLimits(timeLimit, unimprovedLimit, true);
    }
}
