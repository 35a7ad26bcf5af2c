package id.rantai.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Parses synonym rules in Solr format ({@code sabut kelapa, coir} or {@code coco peat => cocopeat}) into a
 * {@link SynonymMap}.
 *
 * <p>A multi-word rule must be cut into tokens the way the text it meets was cut. A stable plugin is not
 * told which tokenizer and filters come before it, so the rules are analysed like the chain this plugin
 * recommends up to the synonym filter: standard tokenizer, lower case, ASCII folding. Stop words and
 * stems are applied after synonyms, to the text and to the synonyms it gained alike.
 */
final class SynonymRules {

    private SynonymRules() {
    }

    /** The rules as a map; empty when there are none (blank lines and comments only). */
    static Optional<SynonymMap> parse(List<String> rules, boolean expand) {
        try (Analyzer ruleAnalyzer = new RuleAnalyzer()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, expand, ruleAnalyzer);
            parser.parse(new StringReader(String.join("\n", rules)));
            SynonymMap map = parser.build();
            return map.fst == null ? Optional.empty() : Optional.of(map);
        } catch (ParseException e) {
            // the parser names the line; its cause says what is wrong with it
            String cause = e.getCause() != null ? ": " + e.getCause().getMessage() : "";
            throw new IllegalArgumentException("invalid synonym rules: " + e.getMessage() + cause, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class RuleAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
            return new TokenStreamComponents(tokenizer, folded);
        }
    }
}
