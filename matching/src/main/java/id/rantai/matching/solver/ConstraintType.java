package id.rantai.matching.solver;

/** The score level a constraint weighs on in a plan. */
public enum ConstraintType {
    HARD, MEDIUM, SOFT
}
