package id.rantai.matching.plan;

/** The human names of the award constraints, as they appear in explanations and as constraint weight keys. */
public final class ConstraintNames {

    // hard
    public static final String OFFER_QUANTITY = "Offer quantity";
    public static final String SUPPLIER_MONTHLY_CAPACITY = "Cooperative monthly capacity";
    public static final String FACILITY_HOURS_PER_WEEK = "Facility hours per week";
    public static final String FACILITY_HAS_PROCESS = "Facility has the process";
    public static final String FACILITY_BOOKED = "Facility week booked for facility work";
    public static final String DELIVERY_DEADLINE = "Delivery deadline";
    public static final String CERTIFICATIONS = "Required certifications";
    public static final String TKDN_MINIMUM = "Minimum TKDN";
    public static final String PRICE_CEILING = "Price ceiling";
    public static final String LOT_BUDGET = "Lot budget";
    public static final String OFFER_FOR_LOT = "Offer belongs to the lot";

    // officer rules: hard when declared hard, otherwise soft
    public static final String MIN_MSME_SHARE = "Minimum MSME share";
    public static final String MIN_WOMEN_YOUTH_SHARE = "Minimum women- and youth-led share";
    public static final String MIN_GREEN_SHARE = "Minimum green share";
    public static final String MAX_SHARE_PER_BIDDER = "Maximum share per bidder";
    public static final String MIN_SUPPLIERS_PER_LOT = "Minimum suppliers per lot";
    public static final String MAX_SUPPLIERS_PER_LOT = "Maximum suppliers per lot";

    // medium
    public static final String UNAWARDED_QUANTITY = "Unawarded quantity";

    // soft
    public static final String UNAWARDED_VALUE = "Unawarded value";
    public static final String EVALUATED_COST = "Evaluated cost";
    public static final String LOGISTICS_DISTANCE = "Logistics distance";
    public static final String SAME_PROVINCE = "Same-province preference";
    public static final String FACILITY_LOAD_BALANCE = "Facility load balance";

    private ConstraintNames() {
    }
}
