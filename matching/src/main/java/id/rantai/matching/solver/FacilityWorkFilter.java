package id.rantai.matching.solver;

import id.rantai.matching.plan.AllocationUnit;
import id.rantai.matching.plan.AwardPlanSolution;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;

/**
 * Selects only units doing facility work for "another facility week" moves: for in-house work or an unawarded unit
 * the week means nothing, so such moves cannot improve a plan. Filters entities, not moves, so selection stays cheap.
 */
public class FacilityWorkFilter implements SelectionFilter<AwardPlanSolution, AllocationUnit> {

    @Override
    public boolean accept(ScoreDirector<AwardPlanSolution> scoreDirector, AllocationUnit unit) {
        return unit.getOffer() != null && unit.getOffer().needsFacility();
    }
}
