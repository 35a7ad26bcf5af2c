package id.rantai.search.capability;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rantai.search.index.Fields;
import id.rantai.search.index.IndexDefinition;

/** The capabilities index: cooperatives' catalogue entries ({@link CapabilityDocument}). */
public final class CapabilityIndex extends IndexDefinition<CapabilityDocument> {

    public static final String DEFAULT_ALIAS = "capabilities";

    static final String ID = "id";
    static final String TITLE = "title";
    static final String TITLE_PREFIX = "title.prefix";
    static final String DESCRIPTION = "description";
    static final String PRODUCTS = "products";
    static final String PROCESSES = "processes";
    static final String KBLI = "kbli";
    static final String CERTIFICATIONS = "certifications";
    static final String CAPACITY_QUANTITY = "monthlyCapacity.quantity";
    static final String CAPACITY_UNIT = "monthlyCapacity.unit";
    static final String LOCAL_CONTENT = "localContentPct";
    static final String COOPERATIVE_ID = "cooperativeId";
    static final String COOPERATIVE_NAME = "cooperativeName";
    static final String PROVINCE = "province";
    static final String LOCATION = "location";
    static final String WOMEN_LED = "members.womenLed";
    static final String YOUTH_LED = "members.youthLed";
    static final String GREEN = "members.green";
    static final String VERIFIED = "verified";
    static final String ON_TIME_RATE = "onTimeDeliveryRate";
    static final String BUSINESS_BOOST = "businessBoost";

    private CapabilityIndex(String alias) {
        super(alias, CapabilityDocument.class, properties());
    }

    /** The index the application uses. */
    public static CapabilityIndex standard() {
        return new CapabilityIndex(DEFAULT_ALIAS);
    }

    /** The same definition under another alias (tests, benchmarks). */
    public static CapabilityIndex named(String alias) {
        return new CapabilityIndex(alias);
    }

    private static ObjectNode properties() {
        ObjectNode p = Fields.properties();
        p.set(ID, Fields.keyword());
        p.set("version", Fields.wholeNumber());
        p.set(TITLE, Fields.title());
        p.set(DESCRIPTION, Fields.text());
        p.set(PRODUCTS, Fields.text());
        p.set(PROCESSES, Fields.text());
        p.set(KBLI, Fields.facet());
        p.set(CERTIFICATIONS, Fields.facet());
        ObjectNode capacity = Fields.properties();
        capacity.set("quantity", Fields.wholeNumber());
        capacity.set("unit", Fields.keyword());
        p.set("monthlyCapacity", Fields.object(capacity));
        ObjectNode price = Fields.properties();
        price.set("min", Fields.wholeNumber());
        price.set("max", Fields.wholeNumber());
        p.set("unitPriceIdr", Fields.object(price));
        p.set("leadTimeDays", Fields.integer());
        p.set("minOrderQuantity", Fields.wholeNumber());
        p.set(LOCAL_CONTENT, Fields.decimal());
        p.set(COOPERATIVE_ID, Fields.keyword());
        p.set(COOPERATIVE_NAME, Fields.text());
        p.set(PROVINCE, Fields.facet());
        p.set(LOCATION, Fields.geoPoint());
        p.set("facilityIds", Fields.keyword());
        ObjectNode members = Fields.properties();
        members.set("memberCount", Fields.integer());
        members.set("sizeClasses", Fields.keyword());
        members.set("womenLed", Fields.bool());
        members.set("youthLed", Fields.bool());
        members.set("green", Fields.bool());
        members.set("womenLedShare", Fields.decimal());
        members.set("youthLedShare", Fields.decimal());
        members.set("greenShare", Fields.decimal());
        p.set("members", Fields.object(members));
        p.set(VERIFIED, Fields.bool());
        p.set(ON_TIME_RATE, Fields.decimal());
        p.set(BUSINESS_BOOST, Fields.decimal());
        return p;
    }
}
