package id.rantai.search.index;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The analysis settings every Rantai index shares, built from the {@code analysis-id} plugin's filters
 * (the minimal distribution has no {@code analysis-common}):
 *
 * <ul>
 *   <li>{@value #TEXT}, index time: standard tokenizer, lower case, ASCII folding, stop words, stemming;</li>
 *   <li>{@value #TEXT_SEARCH}, search time: the same with the synonym graph after folding, so that a
 *       synonym's words are stopped and stemmed like the text they meet;</li>
 *   <li>{@value #TEXT_TYPO}: the search chain without synonyms, for the fuzzy clause (a fuzzy query over
 *       an expanded synonym graph multiplies terms for no gain);</li>
 *   <li>{@value #PREFIX} / {@value #PREFIX_SEARCH}: edge n-grams at index time only, whole words at
 *       search time, for search-as-you-type.</li>
 * </ul>
 */
public final class IndonesianAnalysis {

    public static final String TEXT = "rantai_text";
    public static final String TEXT_SEARCH = "rantai_text_search";
    public static final String TEXT_TYPO = "rantai_text_typo";
    public static final String PREFIX = "rantai_prefix";
    public static final String PREFIX_SEARCH = "rantai_prefix_search";

    private static final String SYNONYMS = "rantai_synonyms";
    private static final String STOP = "rantai_stop";
    private static final String EDGE_NGRAM = "rantai_edge_ngram";

    /**
     * English function words: catalogue entries and queries mix English into Indonesian ("coir rope for
     * export"), and the plugin's list is Indonesian only.
     */
    static final List<String> ENGLISH_STOP_WORDS = List.of(
            "a", "an", "and", "the", "of", "for", "with", "in", "on", "to", "from", "by", "or", "at", "as");

    private IndonesianAnalysis() {
    }

    /** The {@code analysis} object of the index settings. */
    static ObjectNode settings() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode analysis = json.objectNode();

        ObjectNode filters = analysis.putObject("filter");
        ObjectNode synonyms = filters.putObject(SYNONYMS).put("type", "id_synonym");
        ArrayNode rules = synonyms.putArray("synonyms");
        SynonymList.rules().forEach(rules::add);
        ObjectNode stop = filters.putObject(STOP).put("type", "id_stop");
        ArrayNode extra = stop.putArray("extra_stopwords");
        ENGLISH_STOP_WORDS.forEach(extra::add);
        filters.putObject(EDGE_NGRAM).put("type", "id_edge_ngram").put("min_gram", 2).put("max_gram", 20);

        ObjectNode analyzers = analysis.putObject("analyzer");
        custom(analyzers, TEXT, "lowercase", "id_folding", STOP, "id_stem");
        custom(analyzers, TEXT_SEARCH, "lowercase", "id_folding", SYNONYMS, STOP, "id_stem");
        custom(analyzers, TEXT_TYPO, "lowercase", "id_folding", STOP, "id_stem");
        custom(analyzers, PREFIX, "lowercase", "id_folding", EDGE_NGRAM);
        custom(analyzers, PREFIX_SEARCH, "lowercase", "id_folding");
        return analysis;
    }

    private static void custom(ObjectNode analyzers, String name, String... filters) {
        ObjectNode analyzer = analyzers.putObject(name).put("type", "custom").put("tokenizer", "standard");
        ArrayNode chain = analyzer.putArray("filter");
        for (String filter : filters) {
            chain.add(filter);
        }
    }
}
