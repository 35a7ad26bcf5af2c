package id.rantai.matching.solver;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A plan's score: hard (broken rules, 0 when feasible), medium (quantity left unawarded, when it must not be),
 * soft (rupiah-weighted cost and preferences). Each level is zero or negative; higher is better.
 */
public record PlanScore(long hard, long medium, long soft, boolean feasible) implements Comparable<PlanScore> {

    public static PlanScore of(HardMediumSoftLongScore score) {
        return new PlanScore(score.hardScore(), score.mediumScore(), score.softScore(), score.isFeasible());
    }

    /** Feasible and nothing left unawarded that had to be awarded. */
    public boolean complete() {
        return feasible && medium == 0;
    }

    @Override
    public int compareTo(PlanScore other) {
        int byHard = Long.compare(hard, other.hard);
        if (byHard != 0) {
            return byHard;
        }
        int byMedium = Long.compare(medium, other.medium);
        return byMedium != 0 ? byMedium : Long.compare(soft, other.soft);
    }

    @Override
    public String toString() {
        return hard + "hard/" + medium + "medium/" + soft + "soft";
    }
}
