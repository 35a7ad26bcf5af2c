package id.rantai.matching.solver;

import id.rantai.matching.plan.AllocationUnit;
import id.rantai.matching.plan.AwardPlanSolution;
import id.rantai.matching.plan.FacilityWeek;
import id.rantai.matching.plan.Offer;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Gives a unit another offer and facility week in one step. Changing only the offer to facility work (without a
 * week where the facility runs the process) breaks a hard rule on the way, so local search would never take it.
 */
final class FacilityOfferMove extends AbstractMove<AwardPlanSolution> {

    private final AllocationUnit unit;
    private final Offer offer;
    private final FacilityWeek week;

    FacilityOfferMove(AllocationUnit unit, Offer offer, FacilityWeek week) {
        this.unit = unit;
        this.offer = offer;
        this.week = week;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<AwardPlanSolution> scoreDirector) {
        return !Objects.equals(unit.getOffer(), offer) || !Objects.equals(unit.getFacilityWeek(), week);
    }

    @Override
    protected FacilityOfferMove createUndoMove(ScoreDirector<AwardPlanSolution> scoreDirector) {
        return new FacilityOfferMove(unit, unit.getOffer(), unit.getFacilityWeek());
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<AwardPlanSolution> scoreDirector) {
        scoreDirector.beforeVariableChanged(unit, "offer");
        unit.setOffer(offer);
        scoreDirector.afterVariableChanged(unit, "offer");
        scoreDirector.beforeVariableChanged(unit, "facilityWeek");
        unit.setFacilityWeek(week);
        scoreDirector.afterVariableChanged(unit, "facilityWeek");
    }

    @Override
    public FacilityOfferMove rebase(ScoreDirector<AwardPlanSolution> destinationScoreDirector) {
        // offers and weeks are immutable facts shared by every working copy; only the unit is cloned
        return new FacilityOfferMove(destinationScoreDirector.lookUpWorkingObject(unit), offer, week);
    }

    @Override
    public Collection<? extends Object> getPlanningEntities() {
        return List.of(unit);
    }

    @Override
    public Collection<? extends Object> getPlanningValues() {
        return Arrays.asList(offer, week);
    }

    @Override
    public String toString() {
        return unit + " {" + unit.getOffer() + ", " + unit.getFacilityWeek() + "} -> {" + offer + ", " + week + "}";
    }
}
