package id.rantai.matching.solver;

/** How much one constraint costs a plan: its impact on its own level (zero or negative) and how often it matched. */
public record ConstraintImpact(String name, ConstraintType type, long impact, int matchCount) {
}
