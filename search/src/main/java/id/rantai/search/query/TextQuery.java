package id.rantai.search.query;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.CombinedFieldsQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.MatchPhraseQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.MultiMatchQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import id.rantai.search.index.IndonesianAnalysis;
import java.util.ArrayList;
import java.util.List;

/**
 * The full-text part of a search, the same for every index: the words as one term-centric query over
 * several fields, quoted phrases required as written, a boost when the words appear as a phrase in the
 * title, and, in the relaxed form, alternatives with any of the words and with typos corrected.
 *
 * <p>Why {@code combined_fields}: a catalogue entry often has the product in its title and the material
 * in its description ("Sepatu safety", "bahan kulit sapi"); a field-by-field {@code best_fields} match
 * would demand both words in one field. {@code combined_fields} scores the fields as one (BM25F) and
 * honours the synonym graph of the search analyzer, but has no fuzziness, hence the separate typo clause.
 *
 * @see <a href="https://www.elastic.co/guide/en/elasticsearch/reference/8.19/query-dsl-combined-fields-query.html">combined_fields</a>
 */
public final class TextQuery {

    /**
     * Up to two words all must match; from three on, one in four may be missing ("kursi rotan jepara"
     * still finds rattan chairs made elsewhere).
     */
    static final String MINIMUM_SHOULD_MATCH = "2<-25%";
    /**
     * No edits for words of up to 4 letters (coir, baut, kopi: one edit turns them into other words, cor,
     * bau, kopu), one up to 7 letters, two from 8.
     */
    static final String FUZZINESS = "AUTO:5,8";
    /**
     * Fewer exact results than this and the search relaxes: any word, typos corrected. On a catalogue of a
     * million entries almost every query finds more, and the relaxed clauses (three times the work of the
     * exact one, mostly in scoring and counting the many entries that share one word) are skipped.
     */
    public static final int RELAX_BELOW = 10;
    private static final float LOOSE_WEIGHT = 0.3f;
    /**
     * Below the any-word clause: a fuzzy match is a guess, and it also turns correctly spelled words that the
     * catalogue lacks into other real words or place names (kendaraan: Kendari, bantuan: Bantul), so an
     * entry with one of the words as written ranks above an entry with a near miss of it.
     */
    private static final float TYPO_WEIGHT = 0.15f;
    private static final float PHRASE_WEIGHT = 2f;

    private TextQuery() {
    }

    /**
     * A search box query, first try: entries with (nearly) all the words, as written or through synonyms
     * and stems. Cheap, precise, and enough whenever it finds {@link #RELAX_BELOW} entries or more.
     *
     * @param fields      fields with weights, {@code title^3} style
     * @param phraseField the field where the whole text as a phrase earns a boost
     * @param name        the name reported in {@code matched_queries}
     */
    public static Query exact(UserText text, List<String> fields, String phraseField, String name) {
        return build(text, fields, phraseField, name, MINIMUM_SHOULD_MATCH, false, false);
    }

    /**
     * A search box query, second try when the first found too little: the same entries first, then, far
     * below, entries with some of the words ("seragam kerja": uniforms, or work clothes) and entries that
     * match after correcting typos.
     */
    public static Query relaxed(UserText text, List<String> fields, String phraseField, String name) {
        return build(text, fields, phraseField, name, MINIMUM_SHOULD_MATCH, true, true);
    }

    /** Only entries with at least {@code minimumShouldMatch} of the words, typos allowed: for matching, not browsing. */
    public static Query strict(UserText text, List<String> fields, String phraseField, String name, String minimumShouldMatch) {
        return build(text, fields, phraseField, name, minimumShouldMatch, false, true);
    }

    private static Query build(UserText text, List<String> fields, String phraseField, String name, String minimumShouldMatch,
                               boolean loose, boolean typos) {
        BoolQuery.Builder query = new BoolQuery.Builder().queryName(name);
        if (text.hasWords()) {
            List<Query> alternatives = new ArrayList<>();
            alternatives.add(CombinedFieldsQuery.of(c -> c.query(text.words()).fields(fields).minimumShouldMatch(minimumShouldMatch))._toQuery());
            if (loose) {
                alternatives.add(CombinedFieldsQuery.of(c -> c.query(text.words()).fields(fields).boost(LOOSE_WEIGHT))._toQuery());
            }
            if (typos) {
                // fuzziness on the whole words only, never on the prefix field: edge n-grams plus edits match nearly anything
                alternatives.add(MultiMatchQuery.of(m -> {
                    m.query(text.words()).fields(fields).type(TextQueryType.BestFields).fuzziness(FUZZINESS).prefixLength(1)
                            .maxExpansions(25).analyzer(IndonesianAnalysis.TEXT_TYPO).boost(TYPO_WEIGHT);
                    return loose ? m : m.minimumShouldMatch(minimumShouldMatch);
                })._toQuery());
            }
            query.must(BoolQuery.of(b -> b.should(alternatives).minimumShouldMatch("1"))._toQuery());
        }
        for (String phrase : text.phrases()) {
            query.must(MultiMatchQuery.of(m -> m.query(phrase).fields(fields).type(TextQueryType.Phrase))._toQuery());
        }
        query.should(MatchPhraseQuery.of(p -> p.field(phraseField).query(text.all()).slop(2).boost(PHRASE_WEIGHT))._toQuery());
        return query.build()._toQuery();
    }
}
