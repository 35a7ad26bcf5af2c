package id.rantai.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;

/**
 * The Indonesian stop words of this plugin: Lucene's list (Tala, 2003) plus common words it lacks.
 */
final class IndonesianStopWords {

    /**
     * Missing from Lucene's list: "untuk" (for) and "secara" (in a manner), which fill product and demand
     * descriptions ("kemasan untuk ekspor", "diproduksi secara manual"), and the abbreviations people type
     * in listings: yg (yang), dgn (dengan), utk (untuk), tsb (tersebut), dll, dsb, dst (and so on).
     */
    static final List<String> ADDED = List.of("untuk", "secara", "yg", "dgn", "utk", "tsb", "dll", "dsb", "dst");

    private IndonesianStopWords() {
    }

    /** A new, modifiable set: Lucene's defaults plus {@link #ADDED}. */
    static CharArraySet defaults(boolean ignoreCase) {
        CharArraySet set = new CharArraySet(IndonesianAnalyzer.getDefaultStopSet(), ignoreCase);
        set.addAll(ADDED);
        return set;
    }
}
