package id.rantai.matching.solver;

import id.rantai.matching.baseline.CheapestFirstAllocator;
import id.rantai.matching.plan.AwardPlanSolution;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The solver's first phase: the capacity-aware cheapest-first plan. A construction heuristic that tries every
 * offer with every facility week for every unit is too slow at 10,000 units; and one that places the offer and then
 * the week undervalues facility offers (without a week they look broken). This phase books offer and week together
 * and is feasible by construction; local search then trades cost against the soft rules.
 */
public class CheapestFirstStart implements CustomPhaseCommand<AwardPlanSolution> {

    @Override
    public void changeWorkingSolution(ScoreDirector<AwardPlanSolution> scoreDirector) {
        CheapestFirstAllocator.capacityAware().plan(scoreDirector.getWorkingSolution()).forEach((unit, assignment) -> {
            scoreDirector.beforeVariableChanged(unit, "offer");
            unit.setOffer(assignment.offer());
            scoreDirector.afterVariableChanged(unit, "offer");
            scoreDirector.beforeVariableChanged(unit, "facilityWeek");
            unit.setFacilityWeek(assignment.facilityWeek());
            scoreDirector.afterVariableChanged(unit, "facilityWeek");
        });
        scoreDirector.triggerVariableListeners();
    }
}
