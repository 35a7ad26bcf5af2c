package id.rantai.analysis;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces a token by its root when the dictionary knows it, and marks it as a keyword so that the
 * dictionary-free stemmer after it leaves the root alone. Tokens already marked as keywords pass untouched.
 */
final class RootDictionaryFilter extends TokenFilter {

    private final IndonesianRoots roots;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    RootDictionaryFilter(TokenStream input, IndonesianRoots roots) {
        super(input);
        this.roots = roots;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            Optional<String> root = roots.rootOf(term.toString());
            if (root.isPresent()) {
                term.setEmpty().append(root.get());
                keyword.setKeyword(true);
            }
        }
        return true;
    }
}
