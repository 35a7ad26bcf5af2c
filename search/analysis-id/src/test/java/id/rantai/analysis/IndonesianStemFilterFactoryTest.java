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
        // the readings the first dictionary hit gets wrong
        "memakan, makan", "pemerintah, perintah", "perbaikan, baik", "berambut, rambut", "berikanku, beri",
        "pengelasan, las", "dilas, las", "pemasakan, masak", "kedudukan, duduk", "menerangi, terang",
        // particles, possessives and the domain roots
        "membaca, baca", "bukunya, buku", "pengamplasan, amplas",
        // a word whose root is unknown stays as it is
        "cocomesh, cocomesh", "dicocomesh, dicocomesh",
    })
    void wordsAreReducedToTheirRoot(String word, String root) {
        assertEquals(root, stemOf(word, Map.of()));
    }

    @Test
    void goldAndPackagingStayApart() {
        assertEquals(List.of("emas", "kemas"), Tokens.terms("emas pengemasan", stem(Map.of())::create));
    }

    @Test
    void reduplicatedWordsAreOneTokenWithTheirRoot() {
        assertEquals(List.of("alat", "tani"), Tokens.terms("alat-alat pertanian", stem(Map.of())::create));
        assertEquals(List.of("bahan", "kemas"), Tokens.terms("bahan-bahan kemasan", stem(Map.of())::create));
        assertEquals(List.of("sayur", "segar"), Tokens.terms("sayur-mayur segar", stem(Map.of())::create));
        assertEquals(List.of("obat", "herbal"), Tokens.terms("obat-obatan herbal", stem(Map.of())::create));
    }

    @Test
    void aReduplicatedRootStaysWhole() {
        assertEquals(List.of("kupu-kupu"), Tokens.terms("kupu-kupu", stem(Map.of())::create));
    }

    @Test
    void theJoinedTokenSpansBothHalvesAndTheNextWordKeepsItsPosition() {
        List<Tokens.Token> tokens = Tokens.tokens("alat-alat pertanian", stem(Map.of())::create);
        assertEquals(List.of(new Tokens.Token("alat", 0), new Tokens.Token("tani", 1)), tokens);
    }

    @Test
    void hyphenatedWordsThatAreNoReduplicationStayApart() {
        assertEquals(List.of("anti", "karat", "non", "migas"), Tokens.terms("anti-karat non-migas", stem(Map.of())::create));
    }

    @Test
    void withoutTheDictionaryWordsStayAsTheyAre() {
        assertEquals("pengiriman", stemOf("pengiriman", Map.of("default_roots", false)));
    }

    @Test
    void extraRootsExtendTheDictionary() {
        assertEquals("dicocomesh", stemOf("dicocomesh", Map.of()));
        assertEquals("cocomesh", stemOf("dicocomesh", Map.of("roots", List.of("cocomesh"))));
        assertEquals("kirim", stemOf("pengiriman", Map.of("default_roots", false, "roots", List.of("kirim"))));
    }

    @Test
    void withoutDerivationalStemmingOnlyParticlesAndPossessivesGo() {
        assertEquals(List.of("pengiriman", "buku"),
                Tokens.terms("pengiriman bukunya", stem(Map.of("stem_derivational", false))::create));
    }
}
