package id.rantai.matching.solver;

/** A new best plan found while solving: when, and its score. Sent from the solver thread. */
public record PlanProgress(long timeMillisSpent, PlanScore bestScore) {
}
