package id.rantai.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class IndonesianAnalyzerFactoryTest {

    @Test
    void freeTextIsLowerCasedFoldedStrippedOfStopWordsAndStemmed() {
        try (Analyzer analyzer = new IndonesianAnalyzerFactory().create()) {
            assertEquals(List.of("kirim", "sabut", "kelapa", "ekspor", "aceh"),
                    Tokens.terms(analyzer, "Pengiriman Sabut Kelapa untuk ekspor dari Açeh"));
        }
    }

    @Test
    void normalizingLowerCasesAndFoldsOnly() {
        try (Analyzer analyzer = new IndonesianAnalyzerFactory().create()) {
            assertEquals("pengiriman aceh", analyzer.normalize("field", "Pengiriman Açeh").utf8ToString());
        }
    }
}
