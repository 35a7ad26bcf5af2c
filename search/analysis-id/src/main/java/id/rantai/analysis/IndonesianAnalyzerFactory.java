package id.rantai.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * {@code id_indonesian}: a ready-made analyzer for Indonesian free text, usable at index and search time
 * without any analysis settings: standard tokenizer, lower case, {@code id_folding}, {@code id_stop},
 * {@code id_stem}, each with its defaults. For synonyms or edge n-grams build a custom analyzer from the
 * {@code id_*} filters instead.
 */
@NamedComponent(IndonesianAnalyzerFactory.NAME)
public final class IndonesianAnalyzerFactory implements AnalyzerFactory {

    static final String NAME = "id_indonesian";

    private final CharArraySet stopWords = CharArraySet.unmodifiableSet(IndonesianStopWords.defaults(false));
    private final ConfixStrippingStemmer stemmer = new ConfixStrippingStemmer(RootWords.defaultsPlus(List.of()));

    public IndonesianAnalyzerFactory() {
    }

    @Override
    public Analyzer create() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new ASCIIFoldingFilter(stream);
                stream = new StopFilter(stream, stopWords);
                stream = IndonesianStemFilterFactory.stem(stream, stemmer, true);
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
