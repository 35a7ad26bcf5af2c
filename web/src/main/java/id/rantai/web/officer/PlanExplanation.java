package id.rantai.web.officer;

import id.rantai.api.plan.PlanView;
import id.rantai.api.tender.DemandView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * An award plan as the officer reads it: per lot who gets how much (and which facility week), what stays unawarded and
 * why, the facility hours booked per week, each rule's outcome, the price of each inclusion rule and the rules that
 * conflict. Constraint names become message keys ({@code constraint.minimum-msme-share}) so the page says them in the
 * viewer's language.
 */
record PlanExplanation(List<LotPlan> lots, List<FacilityWeek> facilityWeeks, List<RuleLine> rules, List<RulePrice> prices,
                       List<String> conflicting) {

    record LotPlan(DemandView.LotView lot, long awarded, List<PlanView.AllocationView> allocations,
                   List<PlanView.UnawardedView> unawarded) {
    }

    record FacilityWeek(String facility, LocalDate week, BigDecimal hours) {
    }

    record RuleLine(String key, String type, long impact, int matches) {
    }

    record RulePrice(String key, long costDeltaIdr, long awardedQuantityDelta, boolean conflicting) {
    }

    static PlanExplanation of(PlanView plan, DemandView demand, Function<UUID, String> facilityNames) {
        List<PlanView.AllocationView> allocations = plan.allocations() == null ? List.of() : plan.allocations();
        List<PlanView.UnawardedView> unawarded = plan.unawarded() == null ? List.of() : plan.unawarded();
        List<LotPlan> lots = new ArrayList<>();
        Map<String, FacilityWeek> weeks = new LinkedHashMap<>();
        for (DemandView.LotView lot : demand.lots()) {
            List<PlanView.AllocationView> mine = allocations.stream().filter(a -> a.lotId().equals(lot.id())).toList();
            lots.add(new LotPlan(lot, mine.stream().mapToLong(PlanView.AllocationView::quantity).sum(), mine,
                    unawarded.stream().filter(u -> u.lotId().equals(lot.id())).toList()));
            for (PlanView.AllocationView a : mine) {
                if (a.facilityId() != null && a.week() != null) {
                    BigDecimal hours = BigDecimal.valueOf(a.quantity() * (long) lot.facilityMinutesPerUnit())
                            .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
                    String name = facilityNames.apply(a.facilityId());
                    weeks.merge(name + "|" + a.week(), new FacilityWeek(name, a.week(), hours),
                            (x, y) -> new FacilityWeek(x.facility(), x.week(), x.hours().add(y.hours())));
                }
            }
        }
        List<FacilityWeek> facilityWeeks = new ArrayList<>(weeks.values());
        facilityWeeks.sort(Comparator.comparing(FacilityWeek::facility).thenComparing(FacilityWeek::week));
        List<RuleLine> rules = plan.constraints() == null ? List.of() : plan.constraints().stream()
                .filter(c -> c.matches() > 0 || c.impact() != 0)
                .map(c -> new RuleLine(key(c.name()), c.type(), c.impact(), c.matches())).toList();
        List<RulePrice> prices = plan.priceOfRules() == null ? List.of() : plan.priceOfRules().stream()
                .map(p -> new RulePrice("rule." + p.rule(), p.costDeltaIdr(), p.awardedQuantityDelta(), p.conflicting())).toList();
        List<String> conflicting = plan.conflictingRules() == null ? List.of() : plan.conflictingRules().stream().map(r -> "rule." + r).toList();
        return new PlanExplanation(lots, facilityWeeks, rules, prices, conflicting);
    }

    /** "Minimum MSME share" becomes {@code constraint.minimum-msme-share}. */
    static String key(String name) {
        return "constraint." + (name == null ? "unknown" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
    }
}
