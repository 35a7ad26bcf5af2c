package id.rantai.search.demand;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rantai.search.index.Fields;
import id.rantai.search.index.IndexDefinition;

/**
 * The demands index: published demands with their lots ({@link DemandDocument}). Lots are nested, so that
 * "a lot that needs SNI and is delivered near Bitung" means one lot, and also copied into the demand
 * ({@code include_in_root}) for free text, filters and facets over any lot.
 */
public final class DemandIndex extends IndexDefinition<DemandDocument> {

    public static final String DEFAULT_ALIAS = "demands";

    static final String ID = "id";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String KBLI = "kbli";
    static final String BUYER_ID = "buyerId";
    static final String BUYER_NAME = "buyerName";
    static final String STATUS = "status";
    static final String BID_DEADLINE = "bidDeadline";
    static final String LOTS = "lots";
    static final String LOT_TITLE = "lots.title";
    static final String LOT_SPECIFICATION = "lots.specification";
    static final String LOT_QUANTITY = "lots.quantity";
    static final String LOT_UNIT = "lots.unit";
    static final String LOT_CERTIFICATIONS = "lots.requiredCertifications";
    static final String LOT_CERTIFICATION_COUNT = "lots.requiredCertificationCount";
    static final String LOT_MIN_LOCAL_CONTENT = "lots.minLocalContentPct";
    static final String LOT_PROVINCE = "lots.deliveryProvince";
    static final String LOT_LOCATION = "lots.deliveryLocation";

    private DemandIndex(String alias) {
        super(alias, DemandDocument.class, properties());
    }

    public static DemandIndex standard() {
        return new DemandIndex(DEFAULT_ALIAS);
    }

    public static DemandIndex named(String alias) {
        return new DemandIndex(alias);
    }

    private static ObjectNode properties() {
        ObjectNode p = Fields.properties();
        p.set(ID, Fields.keyword());
        p.set("version", Fields.wholeNumber());
        p.set(TITLE, Fields.title());
        p.set(DESCRIPTION, Fields.text());
        p.set(KBLI, Fields.facet());
        p.set(BUYER_ID, Fields.keyword());
        p.set(BUYER_NAME, Fields.text());
        p.set(STATUS, Fields.facet());
        p.set(BID_DEADLINE, Fields.date());
        p.set("publishedAt", Fields.date());
        ObjectNode lot = Fields.properties();
        lot.set("id", Fields.keyword());
        lot.set("title", Fields.text());
        lot.set("specification", Fields.text());
        lot.set("quantity", Fields.wholeNumber());
        lot.set("unit", Fields.keyword());
        lot.set("requiredCertifications", Fields.keyword());
        lot.set("requiredCertificationCount", Fields.integer());
        lot.set("minLocalContentPct", Fields.decimal());
        lot.set("deliveryProvince", Fields.facet());
        lot.set("deliveryLocation", Fields.geoPoint());
        lot.set("deliveryDeadline", Fields.date());
        lot.set("maxUnitPriceIdr", Fields.wholeNumber());
        p.set(LOTS, Fields.nested(lot));
        return p;
    }
}
