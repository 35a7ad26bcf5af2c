package id.rantai.matching.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * A slice of a lot's quantity that is awarded as a whole: to one offer (or to none, which leaves it unawarded) and,
 * when that offer produces in a shared facility, in one facility week. Splitting lots into units is what lets a
 * plan split an award between suppliers (see {@link LotSplitter}). A pinned unit is an award already made: the
 * solver keeps it as it is and counts it against every capacity.
 */
@PlanningEntity
public class AllocationUnit {

    private String id;
    private Lot lot;
    private long quantity;
    private int index;
    private boolean pinned;

    private List<Offer> offerRange;
    private List<FacilityWeek> facilityWeekRange;

    // the solver reads the planning annotations through getters: generated lambdas, faster than reflection on fields
    private Offer offer;
    private FacilityWeek facilityWeek;

    /** For the solver's cloning. */
    public AllocationUnit() {
    }

    /**
     * @param offerRange        the offers this unit may go to: the lot's offers
     * @param facilityWeekRange the facility weeks it may be produced in: weeks of facilities running a process the
     *                          lot's offers need, finished before the lot's deadline
     */
    public AllocationUnit(Lot lot, int index, long quantity, List<Offer> offerRange, List<FacilityWeek> facilityWeekRange) {
        this.lot = Objects.requireNonNull(lot, "lot");
        this.index = index;
        this.id = lot.id() + "#" + index;
        if (quantity <= 0) {
            throw new IllegalArgumentException("a unit has a positive quantity: " + quantity);
        }
        this.quantity = quantity;
        this.offerRange = List.copyOf(offerRange);
        this.facilityWeekRange = List.copyOf(facilityWeekRange);
    }

    /** An award already made: pinned, so re-planning keeps it. */
    public static AllocationUnit pinned(Lot lot, int index, long quantity, Offer offer, FacilityWeek facilityWeek) {
        AllocationUnit unit = new AllocationUnit(lot, index, quantity, List.of(offer),
                facilityWeek == null ? List.of() : List.of(facilityWeek));
        unit.offer = offer;
        unit.facilityWeek = facilityWeek;
        unit.pinned = true;
        return unit;
    }

    @ValueRangeProvider(id = "offerRange")
    public List<Offer> getOfferRange() {
        return offerRange;
    }

    @ValueRangeProvider(id = "facilityWeekRange")
    public List<FacilityWeek> getFacilityWeekRange() {
        return facilityWeekRange;
    }

    @PlanningId
    public String getId() {
        return id;
    }

    public Lot getLot() {
        return lot;
    }

    public long getQuantity() {
        return quantity;
    }

    public int getIndex() {
        return index;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    @PlanningVariable(valueRangeProviderRefs = "offerRange", nullable = true)
    public Offer getOffer() {
        return offer;
    }

    public void setOffer(Offer offer) {
        this.offer = offer;
    }

    @PlanningVariable(valueRangeProviderRefs = "facilityWeekRange", nullable = true)
    public FacilityWeek getFacilityWeek() {
        return facilityWeek;
    }

    public void setFacilityWeek(FacilityWeek facilityWeek) {
        this.facilityWeek = facilityWeek;
    }

    // Derived figures the constraints share. A facility week on a unit whose offer works in-house means nothing.

    public boolean isAwarded() {
        return offer != null;
    }

    /** The facility week this unit's production actually uses, or null. */
    public FacilityWeek usedFacilityWeek() {
        return offer != null && offer.needsFacility() ? facilityWeek : null;
    }

    /** What the buyer pays for this unit: quantity × offered unit price. */
    public long valueIdr() {
        return quantity * offer.unitPriceIdr();
    }

    /** What the unit costs at the evaluated (TKDN-preferred) price. */
    public long evaluatedCostIdr() {
        return quantity * offer.evaluatedUnitPriceIdr();
    }

    public long facilityMinutes() {
        return quantity * offer.facilityMinutesPerUnit();
    }

    /** Kilometres from where the goods leave (facility or supplier) to the lot's delivery place. */
    public long travelKm() {
        return Logistics.km(offer.origin(usedFacilityWeek()), lot.delivery());
    }

    /** Days after the lot's deadline the goods arrive (ready date plus travel); zero or less is on time. */
    public long daysLate(LocalDate planningStart) {
        FacilityWeek week = usedFacilityWeek();
        LocalDate arrival = offer.readyDate(planningStart, week)
                .plusDays(Logistics.travelDays(offer.origin(week), lot.delivery()));
        return ChronoUnit.DAYS.between(lot.deadline(), arrival);
    }

    @Override
    public String toString() {
        return "Unit " + id + " (" + quantity + " " + lot.unit() + ")";
    }
}
