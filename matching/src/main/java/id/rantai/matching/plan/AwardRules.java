package id.rantai.matching.plan;

import id.rantai.matching.price.LocalContentPreference;
import java.util.EnumSet;
import java.util.Set;

/**
 * The officer's award rules for one plan (API.md "Matching and awards"). A null limit means the rule is off.
 * Shares count awarded value at offered prices across the whole plan; the bidder share and the supplier counts
 * are per lot. A rule named in {@code hardRules} must hold (hard level); the others are targets whose shortfall
 * costs soft score (see {@link AwardWeights}). A problem fact.
 *
 * @param minMsmeSharePct       at least this % of awarded value to MSMEs and cooperatives (Perpres 12/2021: 40)
 * @param maxSharePerBidderPct  no supplier gets more than this % of a lot's quantity
 * @param allowUnawarded        false: awarding all quantity comes right after the hard rules (medium level);
 *                              true: quantity may stay unawarded at a soft penalty (its value at the price ceiling)
 * @param tkdnPreference        rank offers by the TKDN-preferred evaluated price ({@link LocalContentPreference#GOODS})
 */
public record AwardRules(Integer minMsmeSharePct, Integer minWomenYouthSharePct, Integer minGreenSharePct,
                         Integer maxSharePerBidderPct, Integer minSuppliersPerLot, Integer maxSuppliersPerLot,
                         boolean allowUnawarded, boolean tkdnPreference, Set<AwardRule> hardRules) {

    public AwardRules {
        requirePercent(minMsmeSharePct, "minMsmeSharePct");
        requirePercent(minWomenYouthSharePct, "minWomenYouthSharePct");
        requirePercent(minGreenSharePct, "minGreenSharePct");
        requirePercent(maxSharePerBidderPct, "maxSharePerBidderPct");
        if (minSuppliersPerLot != null && minSuppliersPerLot < 1 || maxSuppliersPerLot != null && maxSuppliersPerLot < 1) {
            throw new IllegalArgumentException("supplier counts per lot must be at least 1");
        }
        if (minSuppliersPerLot != null && maxSuppliersPerLot != null && minSuppliersPerLot > maxSuppliersPerLot) {
            throw new IllegalArgumentException("minSuppliersPerLot " + minSuppliersPerLot + " exceeds maxSuppliersPerLot " + maxSuppliersPerLot);
        }
        hardRules = hardRules.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hardRules));
        if (hardRules.contains(AwardRule.TKDN_PREFERENCE)) {
            throw new IllegalArgumentException("the TKDN preference ranks offers; it cannot be a hard rule");
        }
    }

    /** The Perpres 12/2021 default: 40% to MSMEs and cooperatives as a target, TKDN preference on, everything awarded. */
    public static AwardRules defaults() {
        return new AwardRules(40, null, null, null, null, null, false, true, Set.of());
    }

    /** No officer rule at all: cheapest award of everything at offered prices. */
    public static AwardRules none() {
        return new AwardRules(null, null, null, null, null, null, false, false, Set.of());
    }

    public boolean isActive(AwardRule rule) {
        return switch (rule) {
            case MIN_MSME_SHARE -> minMsmeSharePct != null && minMsmeSharePct > 0;
            case MIN_WOMEN_YOUTH_SHARE -> minWomenYouthSharePct != null && minWomenYouthSharePct > 0;
            case MIN_GREEN_SHARE -> minGreenSharePct != null && minGreenSharePct > 0;
            case MAX_SHARE_PER_BIDDER -> maxSharePerBidderPct != null && maxSharePerBidderPct < 100;
            case MIN_SUPPLIERS_PER_LOT -> minSuppliersPerLot != null && minSuppliersPerLot > 1;
            case MAX_SUPPLIERS_PER_LOT -> maxSuppliersPerLot != null;
            case TKDN_PREFERENCE -> tkdnPreference;
        };
    }

    public boolean isHard(AwardRule rule) {
        return isActive(rule) && hardRules.contains(rule);
    }

    /** The rules that change the plan: what "the price of each rule" is computed for. */
    public Set<AwardRule> activeRules() {
        EnumSet<AwardRule> active = EnumSet.noneOf(AwardRule.class);
        for (AwardRule rule : AwardRule.values()) {
            if (isActive(rule)) {
                active.add(rule);
            }
        }
        return active;
    }

    /** The preference rule the evaluated prices follow. */
    public LocalContentPreference localContentPreference() {
        return tkdnPreference ? LocalContentPreference.GOODS : LocalContentPreference.NONE;
    }

    /** The same rules with one rule switched off. */
    public AwardRules without(AwardRule rule) {
        EnumSet<AwardRule> hard = hardRules.isEmpty() ? EnumSet.noneOf(AwardRule.class) : EnumSet.copyOf(hardRules);
        hard.remove(rule);
        return new AwardRules(
                rule == AwardRule.MIN_MSME_SHARE ? null : minMsmeSharePct,
                rule == AwardRule.MIN_WOMEN_YOUTH_SHARE ? null : minWomenYouthSharePct,
                rule == AwardRule.MIN_GREEN_SHARE ? null : minGreenSharePct,
                rule == AwardRule.MAX_SHARE_PER_BIDDER ? null : maxSharePerBidderPct,
                rule == AwardRule.MIN_SUPPLIERS_PER_LOT ? null : minSuppliersPerLot,
                rule == AwardRule.MAX_SUPPLIERS_PER_LOT ? null : maxSuppliersPerLot,
                allowUnawarded, rule != AwardRule.TKDN_PREFERENCE && tkdnPreference, hard);
    }

    /** The same rules with these rules declared hard. */
    public AwardRules withHard(AwardRule... rules) {
        EnumSet<AwardRule> hard = hardRules.isEmpty() ? EnumSet.noneOf(AwardRule.class) : EnumSet.copyOf(hardRules);
        hard.addAll(Set.of(rules));
        return new AwardRules(minMsmeSharePct, minWomenYouthSharePct, minGreenSharePct, maxSharePerBidderPct,
                minSuppliersPerLot, maxSuppliersPerLot, allowUnawarded, tkdnPreference, hard);
    }

    private static void requirePercent(Integer value, String name) {
        if (value != null && (value < 0 || value > 100)) {
            throw new IllegalArgumentException(name + " must be between 0 and 100: " + value);
        }
    }
}
