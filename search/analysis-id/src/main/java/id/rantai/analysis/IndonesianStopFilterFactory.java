package id.rantai.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * {@code id_stop}: removes Indonesian function words ({@code yang}, {@code dan}, {@code untuk}, ...) that
 * carry no meaning for search, from {@link IndonesianStopWords}. Expects lower-case input unless
 * {@code ignore_case} is set.
 *
 * <p>Settings: {@code stopwords} (a list that replaces the defaults), {@code extra_stopwords} (added to
 * the defaults or to {@code stopwords}), {@code ignore_case} (default false).
 */
@NamedComponent(IndonesianStopFilterFactory.NAME)
public final class IndonesianStopFilterFactory implements TokenFilterFactory {

    static final String NAME = "id_stop";

    /** The settings of {@code id_stop} in an index's analysis settings. */
    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "stopwords")
        List<String> stopwords();

        @ListSetting(path = "extra_stopwords")
        List<String> extraStopwords();

        @BooleanSetting(path = "ignore_case", defaultValue = false)
        boolean ignoreCase();
    }

    private final CharArraySet stopWords;

    @Inject
    public IndonesianStopFilterFactory(Settings settings) {
        CharArraySet words = settings.stopwords().isEmpty()
                ? IndonesianStopWords.defaults(settings.ignoreCase())
                : new CharArraySet(settings.stopwords(), settings.ignoreCase());
        words.addAll(settings.extraStopwords());
        this.stopWords = CharArraySet.unmodifiableSet(words);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new StopFilter(tokenStream, stopWords);
    }
}
