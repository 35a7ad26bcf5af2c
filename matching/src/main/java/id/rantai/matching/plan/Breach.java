package id.rantai.matching.plan;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why a rule is broken, in words an officer can act on: the justification of hard and rule constraint matches. */
public record Breach(String description) implements ConstraintJustification {
}
