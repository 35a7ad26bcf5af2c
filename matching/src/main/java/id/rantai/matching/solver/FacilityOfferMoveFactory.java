package id.rantai.matching.solver;

import id.rantai.matching.plan.AllocationUnit;
import id.rantai.matching.plan.AwardPlanSolution;
import id.rantai.matching.plan.FacilityWeek;
import id.rantai.matching.plan.Lot;
import id.rantai.matching.plan.Offer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random {@link FacilityOfferMove}s: a movable unit whose lot has facility offers, one of those offers, and a week in
 * the unit's range at a facility that runs the offer's process. Indexed once per phase, so picking a move is O(1).
 */
public class FacilityOfferMoveFactory implements MoveIteratorFactory<AwardPlanSolution, FacilityOfferMove> {

    /** A facility offer and the weeks in its lot's range where its process runs. */
    private record Option(Offer offer, List<FacilityWeek> weeks) {
    }

    private List<AllocationUnit> units = List.of();
    private Map<Lot, List<Option>> optionsByLot = Map.of();
    private long size;

    @Override
    public void phaseStarted(ScoreDirector<AwardPlanSolution> scoreDirector) {
        List<AllocationUnit> movable = new ArrayList<>();
        Map<Lot, List<Option>> options = new HashMap<>();
        long count = 0;
        for (AllocationUnit unit : scoreDirector.getWorkingSolution().getUnits()) {
            if (unit.isPinned()) {
                continue;
            }
            List<Option> lotOptions = options.computeIfAbsent(unit.getLot(), lot -> optionsFor(unit));
            if (!lotOptions.isEmpty()) {
                movable.add(unit);
                count += lotOptions.stream().mapToLong(o -> o.weeks().size()).sum();
            }
        }
        units = movable;
        optionsByLot = options;
        size = count;
    }

    private static List<Option> optionsFor(AllocationUnit unit) {
        List<Option> options = new ArrayList<>();
        for (Offer offer : unit.getOfferRange()) {
            if (offer.needsFacility()) {
                List<FacilityWeek> weeks = unit.getFacilityWeekRange().stream()
                        .filter(week -> week.facility().processes().contains(offer.facilityProcess()))
                        .toList();
                if (!weeks.isEmpty()) {
                    options.add(new Option(offer, weeks));
                }
            }
        }
        return options;
    }

    @Override
    public void phaseEnded(ScoreDirector<AwardPlanSolution> scoreDirector) {
        units = List.of();
        optionsByLot = Map.of();
        size = 0;
    }

    @Override
    public long getSize(ScoreDirector<AwardPlanSolution> scoreDirector) {
        return size;
    }

    @Override
    public Iterator<FacilityOfferMove> createOriginalMoveIterator(ScoreDirector<AwardPlanSolution> scoreDirector) {
        throw new UnsupportedOperationException("facility offer moves are only selected at random");
    }

    @Override
    public Iterator<FacilityOfferMove> createRandomMoveIterator(ScoreDirector<AwardPlanSolution> scoreDirector, Random random) {
        List<AllocationUnit> candidates = units;
        Map<Lot, List<Option>> options = optionsByLot;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !candidates.isEmpty();
            }

            @Override
            public FacilityOfferMove next() {
                AllocationUnit unit = candidates.get(random.nextInt(candidates.size()));
                List<Option> lotOptions = options.get(unit.getLot());
                Option option = lotOptions.get(random.nextInt(lotOptions.size()));
                return new FacilityOfferMove(unit, option.offer(), option.weeks().get(random.nextInt(option.weeks().size())));
            }
        };
    }
}
