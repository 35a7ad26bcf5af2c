package id.rantai.analysis;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Replaces each token by its root ({@link ConfixStrippingStemmer}) and joins the two halves of a
 * reduplicated word back into one token: the standard tokenizer cuts {@code alat-alat} into {@code alat} and
 * {@code alat} at the hyphen; two adjacent tokens one character apart that {@link Reduplication} recognises
 * become one token spanning both ({@code alat}, {@code kupu-kupu}, {@code sayur}). A filter is not told which
 * character stood between two tokens, so the same halves written with a space ({@code alat alat}) join too;
 * they mean the same. Tokens marked as keywords pass untouched.
 */
final class RootStemFilter extends TokenFilter {

    /** Roots of recent words: catalogue text repeats its vocabulary, and a root costs dozens of lookups. */
    private static final int CACHE_SIZE = 4096;

    private final ConfixStrippingStemmer stemmer;
    private final Map<String, String> cache = new HashMap<>();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
    private AttributeSource.State pending;

    RootStemFilter(TokenStream input, ConfixStrippingStemmer stemmer) {
        super(input);
        this.stemmer = stemmer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
        } else if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword() || !joinable()) {
            stemCurrent();
            return true;
        }
        String left = term.toString();
        int start = offset.startOffset();
        int end = offset.endOffset();
        AttributeSource.State leftState = captureState();
        if (!input.incrementToken()) {
            restoreState(leftState);
            stemCurrent();
            return true;
        }
        String shared = increment.getPositionIncrement() == 1 && offset.startOffset() == end + 1 && joinable()
                && !keyword.isKeyword() ? Reduplication.sharedRoot(left, term.toString(), stemmer) : null;
        if (shared == null) {
            pending = captureState();
            restoreState(leftState);
            stemCurrent();
            return true;
        }
        int rightEnd = offset.endOffset();
        restoreState(leftState);
        term.setEmpty().append(shared);
        offset.setOffset(start, rightEnd);
        return true;
    }

    /** A single position of letters only: what a word's half looks like. */
    private boolean joinable() {
        if (length.getPositionLength() != 1 || term.length() < 2) {
            return false;
        }
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private void stemCurrent() {
        if (keyword.isKeyword() || term.length() <= 3) {
            return;
        }
        String word = term.toString();
        String root = cache.get(word);
        if (root == null) {
            if (cache.size() >= CACHE_SIZE) {
                cache.clear();
            }
            root = stemmer.stem(word);
            cache.put(word, root);
        }
        if (!root.equals(word)) {
            term.setEmpty().append(root);
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
