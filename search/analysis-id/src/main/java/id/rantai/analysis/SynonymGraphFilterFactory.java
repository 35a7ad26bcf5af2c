package id.rantai.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * {@code id_synonym}: lets a search in one word find the product named in another ({@code coir} finds
 * {@code sabut kelapa}, {@code serabut kelapa}, {@code coconut fibre}). Search-time only: a query-side
 * synonym graph gives correct multi-word matches, and changing the rules needs no reindex.
 *
 * <p>Settings: {@code synonyms} (rules in Solr format, one per list entry), {@code synonyms_path} (a rules
 * file, UTF-8, relative to the node's config directory), {@code expand} (default true: an equivalence
 * list maps every term to all others; false maps all to the first). Place it after lower case and
 * {@code id_folding} and before {@code id_stop} and {@code id_stem}: see {@link SynonymRules} for why.
 *
 * <p>Without rules the filter passes tokens through unchanged: Elasticsearch instantiates every
 * registered filter with empty settings whenever it creates an index, so an empty configuration must not
 * fail.
 */
@NamedComponent(SynonymGraphFilterFactory.NAME)
public final class SynonymGraphFilterFactory implements TokenFilterFactory {

    static final String NAME = "id_synonym";

    /** The settings of {@code id_synonym} in an index's analysis settings. */
    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "synonyms")
        List<String> synonyms();

        @StringSetting(path = "synonyms_path", defaultValue = "")
        String synonymsPath();

        @BooleanSetting(path = "expand", defaultValue = true)
        boolean expand();
    }

    private final Optional<SynonymMap> synonyms;

    @Inject
    public SynonymGraphFilterFactory(Settings settings) {
        this(settings, NodeConfigDirectory::locate);
    }

    /** For tests: the config directory is given instead of found. */
    SynonymGraphFilterFactory(Settings settings, Supplier<Path> configDirectory) {
        List<String> rules = new ArrayList<>(settings.synonyms());
        if (!settings.synonymsPath().isBlank()) {
            rules.addAll(readRules(NodeConfigDirectory.resolve(configDirectory.get(), settings.synonymsPath())));
        }
        this.synonyms = SynonymRules.parse(rules, settings.expand());
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return synonyms.<TokenStream>map(map -> new SynonymGraphFilter(tokenStream, map, false)).orElse(tokenStream);
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return AnalysisMode.SEARCH_TIME;
    }

    private static List<String> readRules(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the synonym rules in " + file, e);
        }
    }
}
