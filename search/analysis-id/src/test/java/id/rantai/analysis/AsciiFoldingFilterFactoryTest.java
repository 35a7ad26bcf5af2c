package id.rantai.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.rantai.analysis.Tokens.Token;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AsciiFoldingFilterFactoryTest {

    @Test
    void accentedLettersAreFoldedToAscii() {
        var folding = new AsciiFoldingFilterFactory(AnalysisSettingsStub.defaults(AsciiFoldingFilterFactory.Settings.class));

        assertEquals(List.of("kopi", "gayo", "aceh"), Tokens.terms("Kopi Gayo Açeh", folding::create));
    }

    @Test
    void preserveOriginalKeepsTheAccentedTokenAtTheSamePosition() {
        var folding = new AsciiFoldingFilterFactory(AnalysisSettingsStub.of(AsciiFoldingFilterFactory.Settings.class,
                Map.of("preserve_original", true)));

        assertEquals(List.of(new Token("kopi", 0), new Token("aceh", 1), new Token("açeh", 1)),
                Tokens.tokens("Kopi Açeh", folding::create));
    }

    @Test
    void normalizingFoldsButNeverAddsTheOriginal() {
        var folding = new AsciiFoldingFilterFactory(AnalysisSettingsStub.of(AsciiFoldingFilterFactory.Settings.class,
                Map.of("preserve_original", true)));

        assertEquals(List.of("aceh"), Tokens.terms("Açeh", folding::normalize));
    }
}
