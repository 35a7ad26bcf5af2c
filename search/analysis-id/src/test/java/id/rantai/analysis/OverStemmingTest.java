package id.rantai.analysis;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words that a stemmer must never join: each pair has unrelated meanings, and a buyer searching for one would
 * get the other. The first pairs are the harmful ones Lucene's dictionary-free stemmer makes.
 */
class OverStemmingTest {

    private final IndonesianStemFilterFactory stem =
            new IndonesianStemFilterFactory(AnalysisSettingsStub.of(IndonesianStemFilterFactory.Settings.class, Map.of()));

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
        "ikan, berikan", "ikan, berikanku", "ikan, memberikan",   // fish / give
        "pakan, makan", "pakan, memakan",                          // fodder / eat
        "emas, kemasan", "emas, pengemasan", "emas, dikemas",     // gold / packaging
        "erintah, pemerintah", "bai, perbaikan", "ambut, berambut",
        "kelas, pengelasan", "kelas, dilas",                      // class / welding
        "ringan, pengeringan",                                     // light / drying
        "kawasan, pengawasan",                                     // region / supervision
        "pakaian, dipakai",                                        // clothing / used
        "masa, pemasakan",                                         // time / cooking
        "sama, penyamakan",                                        // same / tanning
        "kaya, pengayakan",                                        // rich / sieving
        "tumpu, penumpukan",                                       // rest on / stacking
    })
    void unrelatedWordsDoNotMeet(String word, String other) {
        assertNotEquals(Tokens.terms(word, stem::create), Tokens.terms(other, stem::create));
    }
}
