package id.rantai.matching.solver;

import java.util.List;

/** Quantity of a lot the plan leaves unawarded, with the reasons found for it. */
public record Unawarded(String lotId, long quantity, List<String> reasons) {

    public Unawarded {
        reasons = List.copyOf(reasons);
    }
}
