package id.rantai.matching.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.matching.plan.AwardPlanSolution;
import id.rantai.matching.plan.AwardProblem;
import id.rantai.matching.plan.Lot;
import id.rantai.matching.plan.Offer;
import id.rantai.matching.plan.OfferKind;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InstanceGeneratorTest {

    @Test
    void theSameSeedGivesTheSameInstanceAndAnotherSeedAnother() {
        assertEquals(fingerprint(InstanceGenerator.generate(InstanceSpec.small(1))), fingerprint(InstanceGenerator.generate(InstanceSpec.small(1))));
        assertNotEquals(fingerprint(InstanceGenerator.generate(InstanceSpec.small(1))), fingerprint(InstanceGenerator.generate(InstanceSpec.small(2))));
    }

    @Test
    void aBenchmarkInstanceHasTheRequestedUnitsOffersAndFacilityWeeks() {
        AwardProblem problem = InstanceGenerator.generate(InstanceSpec.benchmark(1_000, 1));
        assertEquals(1_000, AwardPlanSolution.from(problem).getUnits().size());
        assertEquals(50 * 50, problem.offers().size());
        assertEquals(50 * 12, problem.facilityWeeks().size());
        assertTrue(problem.offers().stream().anyMatch(Offer::needsFacility));
        assertTrue(problem.offers().stream().anyMatch(o -> !o.needsFacility()));
    }

    @Test
    void catalogueEstimatesReplaceBidsForNetworkMatching() {
        AwardProblem problem = InstanceGenerator.generate(InstanceSpec.small(1).withKind(OfferKind.CATALOGUE_ESTIMATE));
        assertTrue(problem.offers().stream().allMatch(o -> o.kind() == OfferKind.CATALOGUE_ESTIMATE));
    }

    private static String fingerprint(AwardProblem problem) {
        return problem.lots().stream().map(l -> l.id() + ":" + l.quantity() + ":" + l.deadline() + ":" + l.maxUnitPriceIdr())
                .collect(Collectors.joining(",")) + "|" + problem.offers().stream()
                .map(o -> o.id() + ":" + o.supplierId() + ":" + o.quantity() + ":" + o.unitPriceIdr() + ":" + o.facilityProcess())
                .collect(Collectors.joining(",")) + "|" + problem.facilityWeeks().size() + "|"
                + problem.lots().stream().mapToLong(Lot::quantity).sum();
    }
}
