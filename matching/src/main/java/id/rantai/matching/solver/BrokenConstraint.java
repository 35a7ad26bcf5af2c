package id.rantai.matching.solver;

import java.util.List;

/** A hard constraint a plan breaks, with the first few matches in words (see {@code Breach}). */
public record BrokenConstraint(String name, int matchCount, List<String> matches) {

    public BrokenConstraint {
        matches = List.copyOf(matches);
    }
}
