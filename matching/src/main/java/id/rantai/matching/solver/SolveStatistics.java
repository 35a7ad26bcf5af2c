package id.rantai.matching.solver;

/** How a solve went: time spent, score calculations (count and per second, from the solver), whether it was cancelled. */
public record SolveStatistics(long timeMillisSpent, long scoreCalculationCount, long scoreCalculationSpeedPerSecond, boolean cancelled) {

    public static final SolveStatistics NOT_SOLVED = new SolveStatistics(0, 0, 0, false);
}
