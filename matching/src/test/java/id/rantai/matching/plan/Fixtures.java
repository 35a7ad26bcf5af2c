package id.rantai.matching.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Small, readable test data. Places sit on the equator so distances are exact: {@link #HERE} to {@link #NEAR} is
 * 334 km (one day of transport), {@link #HERE} to {@link #FAR} 1,001 km (three days).
 */
public final class Fixtures {

    /** A Monday. */
    public static final LocalDate START = LocalDate.of(2026, 1, 5);
    public static final PlanningHorizon HORIZON = new PlanningHorizon(START, 12);
    public static final GeoPoint HERE = new GeoPoint(0, 100);
    public static final GeoPoint NEAR = new GeoPoint(0, 103);
    public static final GeoPoint FAR = new GeoPoint(0, 109);
    public static final SupplierProfile MSME = new SupplierProfile(MsmeSize.SMALL, true, false, false, false);
    public static final SupplierProfile LARGE = new SupplierProfile(MsmeSize.LARGE, false, false, false, false);

    private Fixtures() {
    }

    public static LotBuilder lot(String id) {
        return new LotBuilder(id);
    }

    public static OfferBuilder offer(String id, Lot lot) {
        return new OfferBuilder(id, lot.id());
    }

    public static Supplier supplier(String id, long monthlyCapacity) {
        return new Supplier(id, "Koperasi " + id, monthlyCapacity);
    }

    public static Facility facility(String id, int hoursPerWeek, GeoPoint location, String... processes) {
        return new Facility(id, "Rumah produksi " + id, Set.of(processes), hoursPerWeek, location, "ID-JT");
    }

    public static FacilityWeek week(Facility facility, int weekIndex) {
        return new FacilityWeek(facility, HORIZON.firstWeekStart().plusWeeks(weekIndex), facility.hoursPerWeek());
    }

    /** An unpinned unit of a lot that may go to the given offers. */
    public static AllocationUnit unit(Lot lot, int index, long quantity, Offer... offers) {
        return new AllocationUnit(lot, index, quantity, List.of(offers), List.of());
    }

    /** A unit awarded to an offer, in a facility week or in-house (week null). */
    public static AllocationUnit awarded(Lot lot, int index, long quantity, Offer offer, FacilityWeek week) {
        AllocationUnit unit = new AllocationUnit(lot, index, quantity, List.of(offer), week == null ? List.of() : List.of(week));
        unit.setOffer(offer);
        unit.setFacilityWeek(week);
        return unit;
    }

    public static AllocationUnit awarded(Lot lot, int index, long quantity, Offer offer) {
        return awarded(lot, index, quantity, offer, null);
    }

    public static final class LotBuilder {
        private final String id;
        private String demandId = "D1";
        private long quantity = 100;
        private Set<String> certifications = Set.of();
        private BigDecimal minTkdnPct = BigDecimal.ZERO;
        private GeoPoint delivery = HERE;
        private String province = "ID-JK";
        private LocalDate deadline = START.plusDays(60);
        private long maxUnitPriceIdr = 100_000;
        private Long budgetIdr;

        private LotBuilder(String id) {
            this.id = id;
        }

        public LotBuilder demand(String value) { demandId = value; return this; }
        public LotBuilder quantity(long value) { quantity = value; return this; }
        public LotBuilder certifications(String... value) { certifications = Set.of(value); return this; }
        public LotBuilder minTkdnPct(String value) { minTkdnPct = new BigDecimal(value); return this; }
        public LotBuilder delivery(GeoPoint value, String provinceCode) { delivery = value; province = provinceCode; return this; }
        public LotBuilder deadline(LocalDate value) { deadline = value; return this; }
        public LotBuilder maxUnitPriceIdr(long value) { maxUnitPriceIdr = value; return this; }
        public LotBuilder budgetIdr(long value) { budgetIdr = value; return this; }

        public Lot build() {
            long budget = budgetIdr != null ? budgetIdr : quantity * maxUnitPriceIdr;
            return new Lot(id, demandId, quantity, "pcs", certifications, minTkdnPct, delivery, province, deadline,
                    maxUnitPriceIdr, Math.max(1, budget));
        }
    }

    public static final class OfferBuilder {
        private final String id;
        private final String lotId;
        private String supplierId = "S1";
        private long quantity = 100;
        private long unitPriceIdr = 90_000;
        private Long evaluatedUnitPriceIdr;
        private int leadTimeDays = 10;
        private BigDecimal tkdnPct = new BigDecimal("40");
        private Set<String> certifications = Set.of();
        private GeoPoint location = HERE;
        private String province = "ID-JK";
        private String facilityProcess;
        private int facilityMinutesPerUnit;
        private SupplierProfile profile = MSME;
        private OfferKind kind = OfferKind.BID;

        private OfferBuilder(String id, String lotId) {
            this.id = id;
            this.lotId = lotId;
        }

        public OfferBuilder supplier(String value) { supplierId = value; return this; }
        public OfferBuilder quantity(long value) { quantity = value; return this; }
        public OfferBuilder price(long value) { unitPriceIdr = value; return this; }
        public OfferBuilder evaluatedPrice(long value) { evaluatedUnitPriceIdr = value; return this; }
        public OfferBuilder leadTimeDays(int value) { leadTimeDays = value; return this; }
        public OfferBuilder tkdnPct(String value) { tkdnPct = new BigDecimal(value); return this; }
        public OfferBuilder certifications(String... value) { certifications = Set.of(value); return this; }
        public OfferBuilder at(GeoPoint value, String provinceCode) { location = value; province = provinceCode; return this; }
        public OfferBuilder facility(String process, int minutesPerUnit) { facilityProcess = process; facilityMinutesPerUnit = minutesPerUnit; return this; }
        public OfferBuilder profile(SupplierProfile value) { profile = value; return this; }
        public OfferBuilder kind(OfferKind value) { kind = value; return this; }

        public Offer build() {
            return new Offer(id, lotId, supplierId, quantity, unitPriceIdr,
                    evaluatedUnitPriceIdr != null ? evaluatedUnitPriceIdr : unitPriceIdr, leadTimeDays, tkdnPct,
                    certifications, location, province, facilityProcess, facilityMinutesPerUnit, profile, kind);
        }
    }
}
