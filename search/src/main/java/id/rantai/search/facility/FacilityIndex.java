package id.rantai.search.facility;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rantai.search.index.Fields;
import id.rantai.search.index.IndexDefinition;

/** The facilities index: shared production houses ({@link FacilityDocument}). */
public final class FacilityIndex extends IndexDefinition<FacilityDocument> {

    public static final String DEFAULT_ALIAS = "facilities";

    static final String ID = "id";
    static final String NAME = "name";
    static final String PROVINCE = "province";
    static final String LOCATION = "location";
    static final String SECTOR = "sector";
    static final String PROCESSES = "processes";
    static final String STATUS = "status";

    private FacilityIndex(String alias) {
        super(alias, FacilityDocument.class, properties());
    }

    public static FacilityIndex standard() {
        return new FacilityIndex(DEFAULT_ALIAS);
    }

    public static FacilityIndex named(String alias) {
        return new FacilityIndex(alias);
    }

    private static ObjectNode properties() {
        ObjectNode p = Fields.properties();
        p.set(ID, Fields.keyword());
        p.set("version", Fields.wholeNumber());
        p.set(NAME, Fields.title());
        p.set(PROVINCE, Fields.facet());
        p.set(LOCATION, Fields.geoPoint());
        ObjectNode sector = Fields.text();
        sector.putObject("fields").set("keyword", Fields.facet());
        p.set(SECTOR, sector);
        p.set(PROCESSES, Fields.text());
        p.set("weeklyCapacityHours", Fields.integer());
        p.set(STATUS, Fields.facet());
        return p;
    }
}
