package id.rantai.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/**
 * {@code id_folding}: folds letters with diacritics to ASCII ({@code Açeh} to {@code aceh}, {@code café}
 * to {@code cafe}) so that names typed with or without accents match. Setting {@code preserve_original}
 * (default false) keeps the unfolded token too, at the same position.
 */
@NamedComponent(AsciiFoldingFilterFactory.NAME)
public final class AsciiFoldingFilterFactory implements TokenFilterFactory {

    static final String NAME = "id_folding";

    /** The settings of {@code id_folding} in an index's analysis settings. */
    @AnalysisSettings
    public interface Settings {
        @BooleanSetting(path = "preserve_original", defaultValue = false)
        boolean preserveOriginal();
    }

    private final boolean preserveOriginal;

    @Inject
    public AsciiFoldingFilterFactory(Settings settings) {
        this.preserveOriginal = settings.preserveOriginal();
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new ASCIIFoldingFilter(tokenStream, preserveOriginal);
    }

    /** Normalizers (keyword fields, wildcard and prefix queries) need exactly one token: fold, keep nothing. */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return new ASCIIFoldingFilter(tokenStream, false);
    }
}
