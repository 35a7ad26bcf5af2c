package id.rantai.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.junit.jupiter.api.Test;

class IndonesianStopFilterFactoryTest {

    private static IndonesianStopFilterFactory stop(Map<String, Object> settings) {
        return new IndonesianStopFilterFactory(AnalysisSettingsStub.of(IndonesianStopFilterFactory.Settings.class, settings));
    }

    @Test
    void functionWordsAreRemovedAndContentWordsKept() {
        assertEquals(List.of("sabut", "kelapa", "dikemas", "ekspor", "pelabuhan", "bitung", "kapal"),
                Tokens.terms("Sabut kelapa yang dikemas untuk ekspor dari pelabuhan Bitung dengan kapal", stop(Map.of())::create));
    }

    @Test
    void wordsLuceneLacksAreRemovedToo() {
        assertEquals(List.of("kopi", "ekspor", "diproduksi", "manual"),
                Tokens.terms("kopi untuk ekspor diproduksi secara manual dll", stop(Map.of())::create));
    }

    /** Guard rail: if Lucene adds one of our words, the addition is noise and should go. */
    @Test
    void everyAddedWordIsMissingFromLucenesList() {
        for (String word : IndonesianStopWords.ADDED) {
            assertFalse(IndonesianAnalyzer.getDefaultStopSet().contains(word), word + " is now in Lucene's list");
        }
    }

    @Test
    void aCustomListReplacesTheDefaults() {
        assertEquals(List.of("kopi", "untuk", "ekspor"),
                Tokens.terms("kopi dan untuk ekspor", stop(Map.of("stopwords", List.of("dan")))::create));
    }

    @Test
    void extraWordsAreAddedToTheDefaults() {
        assertEquals(List.of("kopi", "ekspor"),
                Tokens.terms("kopi murah untuk ekspor", stop(Map.of("extra_stopwords", List.of("murah")))::create));
    }

    @Test
    void ignoreCaseRemovesCapitalisedWordsBeforeLowerCasing() {
        var ignoringCase = stop(Map.of("ignore_case", true));

        assertEquals(List.of("Kopi"), Tokens.termsWithoutLowerCase("Kopi Untuk", ignoringCase::create));
    }
}
