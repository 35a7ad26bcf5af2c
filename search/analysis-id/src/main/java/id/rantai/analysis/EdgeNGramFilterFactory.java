package id.rantai.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;

/**
 * {@code id_edge_ngram}: indexes the leading characters of each token ({@code mebel}: {@code me},
 * {@code meb}, {@code mebe}, {@code mebel}) for search-as-you-type. Index-time only: the query side keeps
 * whole tokens, otherwise {@code me} would match every word starting with those letters twice over.
 *
 * <p>Settings: {@code min_gram} (default 2), {@code max_gram} (default 15), {@code preserve_original}
 * (default false: a token longer than {@code max_gram} is also kept whole when true).
 */
@NamedComponent(EdgeNGramFilterFactory.NAME)
public final class EdgeNGramFilterFactory implements TokenFilterFactory {

    static final String NAME = "id_edge_ngram";

    /** The settings of {@code id_edge_ngram} in an index's analysis settings. */
    @AnalysisSettings
    public interface Settings {
        @IntSetting(path = "min_gram", defaultValue = 2)
        int minGram();

        @IntSetting(path = "max_gram", defaultValue = 15)
        int maxGram();

        @BooleanSetting(path = "preserve_original", defaultValue = false)
        boolean preserveOriginal();
    }

    private final int minGram;
    private final int maxGram;
    private final boolean preserveOriginal;

    @Inject
    public EdgeNGramFilterFactory(Settings settings) {
        this.minGram = settings.minGram();
        this.maxGram = settings.maxGram();
        this.preserveOriginal = settings.preserveOriginal();
        if (minGram < 1 || maxGram < minGram) {
            throw new IllegalArgumentException(NAME + " needs 1 <= min_gram <= max_gram, got min_gram="
                    + minGram + ", max_gram=" + maxGram);
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new EdgeNGramTokenFilter(tokenStream, minGram, maxGram, preserveOriginal);
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return AnalysisMode.INDEX_TIME;
    }
}
