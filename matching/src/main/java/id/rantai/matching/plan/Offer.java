package id.rantai.matching.plan;

import id.rantai.matching.price.LocalContentPreference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/**
 * What a supplier offers for one lot: up to {@code quantity} units at {@code unitPriceIdr}, ready
 * {@code leadTimeDays} after the award. An offer that produces in a shared facility names the process it needs
 * there ({@code facilityProcess}) and the facility minutes each unit takes; {@code facilityProcess} is null when
 * the supplier produces in-house. A problem fact, equal by id.
 *
 * @param evaluatedUnitPriceIdr the price the offer is ranked by: the TKDN-preferred price when the rules ask for
 *                              it, otherwise the offered price (see {@link #evaluatedWith})
 */
public record Offer(String id, String lotId, String supplierId, long quantity, long unitPriceIdr,
                    long evaluatedUnitPriceIdr, int leadTimeDays, BigDecimal tkdnPct, Set<String> certifications,
                    GeoPoint location, String province, String facilityProcess, int facilityMinutesPerUnit,
                    SupplierProfile profile, OfferKind kind) {

    public Offer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lotId, "lotId");
        Objects.requireNonNull(supplierId, "supplierId");
        Objects.requireNonNull(tkdnPct, "tkdnPct");
        certifications = Set.copyOf(certifications);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(kind, "kind");
        if (quantity < 0 || unitPriceIdr < 0 || evaluatedUnitPriceIdr < 0 || leadTimeDays < 0 || facilityMinutesPerUnit < 0) {
            throw new IllegalArgumentException("offer " + id + ": quantities, prices, lead time and minutes must not be negative");
        }
        if (facilityProcess != null && facilityMinutesPerUnit == 0) {
            throw new IllegalArgumentException("offer " + id + ": an offer that needs a facility must say how many minutes a unit takes");
        }
    }

    public boolean needsFacility() {
        return facilityProcess != null;
    }

    /** The same offer, its evaluated price set by the given TKDN preference rule. */
    public Offer evaluatedWith(LocalContentPreference preference) {
        long evaluated = preference.evaluatedPriceIdr(unitPriceIdr, tkdnPct);
        return new Offer(id, lotId, supplierId, quantity, unitPriceIdr, evaluated, leadTimeDays, tkdnPct, certifications,
                location, province, facilityProcess, facilityMinutesPerUnit, profile, kind);
    }

    /**
     * The day goods under this offer are ready to ship: the lead time after the planning start, and for facility work
     * also not before the booked facility week is over.
     */
    public LocalDate readyDate(LocalDate planningStart, FacilityWeek facilityWeek) {
        LocalDate ownReady = planningStart.plusDays(leadTimeDays);
        if (needsFacility() && facilityWeek != null && facilityWeek.readyDate().isAfter(ownReady)) {
            return facilityWeek.readyDate();
        }
        return ownReady;
    }

    /** The calendar month whose capacity the production counts against: the facility week's, or the month goods are ready in-house. */
    public YearMonth productionMonth(LocalDate planningStart, FacilityWeek facilityWeek) {
        // YearMonth.of over the plain getters: YearMonth.from goes through the slower TemporalAccessor lookup
        LocalDate day = needsFacility() && facilityWeek != null ? facilityWeek.weekStart() : planningStart.plusDays(leadTimeDays);
        return YearMonth.of(day.getYear(), day.getMonthValue());
    }

    /** Where the goods leave from: the facility when the offer produces there, otherwise the supplier. */
    public GeoPoint origin(FacilityWeek facilityWeek) {
        return needsFacility() && facilityWeek != null ? facilityWeek.facility().location() : location;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Offer other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Offer " + id;
    }
}
