package id.rantai.search.index;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Field mappings the index definitions are built from, so that every index analyses text the same way. */
public final class Fields {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Fields() {
    }

    /**
     * Free text: the Indonesian chain when indexed, the same plus synonyms when searched. Offsets are kept
     * in the postings so that highlighting reads them instead of analysing every hit's text again.
     */
    public static ObjectNode text() {
        return JSON.objectNode()
                .put("type", "text")
                .put("analyzer", IndonesianAnalysis.TEXT)
                .put("search_analyzer", IndonesianAnalysis.TEXT_SEARCH)
                .put("index_options", "offsets");
    }

    /**
     * A title: {@link #text()}, plus {@code .prefix} (edge n-grams, for search-as-you-type) and
     * {@code .keyword} (the exact title, for de-duplicating suggestions).
     */
    public static ObjectNode title() {
        ObjectNode field = text();
        ObjectNode subfields = field.putObject("fields");
        subfields.putObject("prefix")
                .put("type", "text")
                .put("analyzer", IndonesianAnalysis.PREFIX)
                .put("search_analyzer", IndonesianAnalysis.PREFIX_SEARCH);
        subfields.putObject("keyword").put("type", "keyword").put("ignore_above", 256);
        return field;
    }

    public static ObjectNode keyword() {
        return JSON.objectNode().put("type", "keyword");
    }

    /**
     * A keyword that facets count: global ordinals are built at refresh rather than by the first search
     * after it, which keeps facet latency flat while the index takes writes.
     */
    public static ObjectNode facet() {
        return keyword().put("eager_global_ordinals", true);
    }

    public static ObjectNode bool() {
        return JSON.objectNode().put("type", "boolean");
    }

    public static ObjectNode integer() {
        return JSON.objectNode().put("type", "integer");
    }

    public static ObjectNode wholeNumber() {
        return JSON.objectNode().put("type", "long");
    }

    public static ObjectNode decimal() {
        return JSON.objectNode().put("type", "float");
    }

    public static ObjectNode geoPoint() {
        return JSON.objectNode().put("type", "geo_point");
    }

    public static ObjectNode date() {
        return JSON.objectNode().put("type", "date");
    }

    public static ObjectNode object(ObjectNode properties) {
        ObjectNode field = JSON.objectNode().put("type", "object");
        field.set("properties", properties);
        return field;
    }

    /**
     * Nested objects, each matched on its own; {@code include_in_root} also copies their fields into the
     * parent, so that facets, filters and free text over "any lot" need no nested query.
     */
    public static ObjectNode nested(ObjectNode properties) {
        ObjectNode field = JSON.objectNode().put("type", "nested").put("include_in_root", true);
        field.set("properties", properties);
        return field;
    }

    public static ObjectNode properties() {
        return JSON.objectNode();
    }
}
