package id.rantai.analysis;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * {@code id_stem}: reduces Indonesian words to their root so that {@code pengiriman}, {@code dikirim} and
 * {@code kirim} match, by confix stripping against a root dictionary ({@link ConfixStrippingStemmer},
 * {@link RootWords}), and keeps a reduplicated word ({@code alat-alat}) one token ({@link RootStemFilter}).
 * A word whose root is not found stays as it is. Expects lower-case input.
 *
 * <p>Settings: {@code stem_derivational} (default true; false removes only particles and possessives, with
 * Lucene's {@link IndonesianStemFilter}, and skips the dictionary), {@code roots} (more root words),
 * {@code default_roots} (default true; false uses only {@code roots}).
 */
@NamedComponent(IndonesianStemFilterFactory.NAME)
public final class IndonesianStemFilterFactory implements TokenFilterFactory {

    static final String NAME = "id_stem";

    /** The settings of {@code id_stem} in an index's analysis settings. */
    @AnalysisSettings
    public interface Settings {
        @BooleanSetting(path = "stem_derivational", defaultValue = true)
        boolean stemDerivational();

        @ListSetting(path = "roots")
        List<String> roots();

        @BooleanSetting(path = "default_roots", defaultValue = true)
        boolean defaultRoots();
    }

    private final boolean stemDerivational;
    private final ConfixStrippingStemmer stemmer;

    @Inject
    public IndonesianStemFilterFactory(Settings settings) {
        this.stemDerivational = settings.stemDerivational();
        this.stemmer = new ConfixStrippingStemmer(settings.defaultRoots()
                ? RootWords.defaultsPlus(settings.roots())
                : RootWords.of(settings.roots()));
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return stem(tokenStream, stemmer, stemDerivational);
    }

    static TokenStream stem(TokenStream tokenStream, ConfixStrippingStemmer stemmer, boolean stemDerivational) {
        return stemDerivational ? new RootStemFilter(tokenStream, stemmer) : new IndonesianStemFilter(tokenStream, false);
    }
}
