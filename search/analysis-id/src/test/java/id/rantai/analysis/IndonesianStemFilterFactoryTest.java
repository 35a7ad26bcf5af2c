package id.rantai.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndonesianStemFilterFactoryTest {

    private static IndonesianStemFilterFactory stem(Map<String, Object> settings) {
        return new IndonesianStemFilterFactory(AnalysisSettingsStub.of(IndonesianStemFilterFactory.Settings.class, settings));
    }

    private static String stemOf(String word, Map<String, Object> settings) {
        return String.join(" ", Tokens.terms(word, stem(settings)::create));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // a nasal prefix swallowed the root's first consonant: the dictionary puts it back
        "pengiriman, kirim", "mengirimkan, kirim", "dikirim, kirim", "kiriman, kirim",
        "pengemasan, kemas", "kemasan, kemas", "dikemas, kemas",
        "pemasok, pasok", "pasokan, pasok", "pemasaran, pasar", "penawaran, tawar",
        "penenun, tenun", "penyimpanan, simpan", "pengelolaan, kelola", "perusahaan, usaha",
        "memproduksi, produksi", "pembelian, beli", "pekerjaan, kerja",
        // roots that look prefixed or suffixed stay whole
        "kelapa, kelapa", "serabut, serabut", "pakaian, pakaian", "sepatu, sepatu", "tepung, tepung",
        // words outside the dictionary go to Lucene's stemmer
        "membaca, baca", "bukunya, buku",
    })
    void wordsAreReducedToTheirRoot(String word, String root) {
        assertEquals(root, stemOf(word, Map.of()));
    }

    @Test
    void goldAndPackagingStayApart() {
        assertEquals(List.of("emas", "kemas"), Tokens.terms("emas pengemasan", stem(Map.of())::create));
    }

    @Test
    void withoutTheDictionaryLucenesStemmerLosesTheSwallowedConsonant() {
        assertEquals("irim", stemOf("pengiriman", Map.of("default_roots", false)));
    }

    @Test
    void extraRootsExtendTheDictionary() {
        assertEquals("etik", stemOf("mengetik", Map.of()));
        assertEquals("ketik", stemOf("mengetik", Map.of("roots", List.of("ketik"))));
    }

    @Test
    void withoutDerivationalStemmingOnlyParticlesAndPossessivesGo() {
        assertEquals(List.of("pengiriman", "buku"),
                Tokens.terms("pengiriman bukunya", stem(Map.of("stem_derivational", false))::create));
    }
}
