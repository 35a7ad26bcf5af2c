package id.rantai.analysis;

import java.util.List;

/**
 * The prefix rules of enhanced confix stripping (Nazief–Adriani as refined by Asian et al. and Arifin et al.,
 * in the numbering Sastrawi uses): for a word, the ways its first prefix can come off, each with the root's
 * first letter restored where a nasal swallowed it ({@code menulis} is {@code me-nulis} or {@code men-tulis},
 * {@code pemukul} is {@code pe-mukul} or {@code pem-pukul}). The stemmer takes the first candidate that is a
 * dictionary root, or else the last one, and goes on from there.
 */
final class PrefixRules {

    private PrefixRules() {
    }

    /**
     * One way the first prefix can come off: what is left, and the prefix's family as the dictionary names
     * it (B ber-, D di-, K ke-, M meN-, O ku-/kau-, P peN-, R per-, S se-, T ter-; I for an infix, which the
     * dictionary never confirms).
     */
    record Reading(String rest, char family) {
    }

    /** Where the first prefix of {@code w} can come off, in order of preference; empty when {@code w} has none. */
    static List<Reading> readings(String w) {
        List<String> rests = candidates(w);
        if (rests.isEmpty()) {
            return List.of();
        }
        char family = familyOf(w);
        List<Reading> readings = new java.util.ArrayList<>(rests.size());
        for (String rest : rests) {
            // pe-rV (perumahan: pe-rumah-an) is peN-'s family, per-V (peradilan: per-adil-an) per-'s
            char f = family == 'R' && rest.length() == w.length() - 2 ? 'P' : family;
            readings.add(new Reading(rest, f));
        }
        return readings;
    }

    private static char familyOf(String w) {
        if (w.startsWith("di")) {
            return 'D';
        }
        if (w.startsWith("ke")) {
            return 'K';
        }
        if (w.startsWith("se")) {
            return 'S';
        }
        if (w.startsWith("be")) {
            return 'B';
        }
        if (w.startsWith("te")) {
            return 'T';
        }
        if (w.startsWith("me")) {
            return 'M';
        }
        if (w.startsWith("per")) {
            return 'R';
        }
        if (w.startsWith("pe")) {
            return 'P';
        }
        if (w.startsWith("ku") || w.startsWith("kau")) {
            return 'O';
        }
        return 'I';
    }

    /** The rests of {@link #readings(String)}. */
    static List<String> candidates(String w) {
        if (w.length() < 4) {
            return List.of();
        }
        if (w.startsWith("di") || w.startsWith("ke") || w.startsWith("se")) {
            return List.of(w.substring(2));
        }
        if (w.startsWith("be")) {
            return ber(w);
        }
        if (w.startsWith("te")) {
            return ter(w);
        }
        if (w.startsWith("me")) {
            return me(w);
        }
        if (w.startsWith("pe")) {
            return pe(w);
        }
        if (w.startsWith("kau")) {
            return List.of(w.substring(3));
        }
        if (w.startsWith("ku")) {
            return List.of(w.substring(2));
        }
        return infix(w);
    }

    private static List<String> ber(String w) {
        char c2 = at(w, 2);
        char c3 = at(w, 3);
        if (c2 == 'r' && vowel(c3)) {
            return List.of(w.substring(3), w.substring(2));                 // 1: ber-V, be-rV (berambut)
        }
        if (c2 == 'r' && consonant(c3) && c3 != 'r') {
            return List.of(w.substring(3));                                  // 2, 3: ber-CAP, ber-CAerV
        }
        if (w.equals("belajar")) {
            return List.of("ajar");                                          // 4
        }
        if (consonant(c2) && c2 != 'r' && c2 != 'l' && at(w, 3) == 'e' && at(w, 4) == 'r' && consonant(at(w, 5))) {
            return List.of(w.substring(2));                                  // 5: be-C1erC2 (bekerja)
        }
        return List.of();
    }

    private static List<String> ter(String w) {
        char c2 = at(w, 2);
        char c3 = at(w, 3);
        if (c2 == 'r' && vowel(c3)) {
            return List.of(w.substring(3), w.substring(2));                 // 6: ter-V, te-rV
        }
        if (c2 == 'r' && consonant(c3) && c3 != 'r') {
            return List.of(w.substring(3));                                  // 7, 8, 35: ter-CerV, ter-CP, ter-C1erC2
        }
        if (consonant(c2) && c2 != 'r' && c3 == 'e' && at(w, 4) == 'r' && consonant(at(w, 5))) {
            return List.of(w.substring(2));                                  // 9: te-C1erC2 (teterbang)
        }
        return List.of();
    }

    private static List<String> me(String w) {
        char c2 = at(w, 2);
        char c3 = at(w, 3);
        char c4 = at(w, 4);
        if ((c2 == 'l' || c2 == 'r' || c2 == 'w' || c2 == 'y') && vowel(c3)) {
            return List.of(w.substring(2));                                  // 10: me-{l,r,w,y}V
        }
        if (c2 == 'm') {
            if (c3 == 'b' || c3 == 'f' || c3 == 'v') {
                return List.of(w.substring(3));                              // 11: mem-{b,f,v}
            }
            if (c3 == 'p') {
                return List.of(w.substring(3));                              // 12, 19: mem-pe (mempengaruhi), mem-pV
            }
            if (vowel(c3) || (c3 == 'r' && vowel(c4))) {
                return List.of("m" + w.substring(3), "p" + w.substring(3)); // 13: me-mV (memakan), me-pV (memukul)
            }
            return List.of();
        }
        if (c2 == 'n') {
            if (c3 == 'c' || c3 == 'd' || c3 == 'j' || c3 == 's' || c3 == 't' || c3 == 'z') {
                return List.of(w.substring(3));                              // 14: men-{c,d,j,s,t,z} (mensyaratkan, mentaati)
            }
            if (vowel(c3)) {
                return List.of("n" + w.substring(3), "t" + w.substring(3)); // 15: me-nV (menikah), men-tV (menulis)
            }
            if (c3 == 'g') {
                return meng(w, 4);
            }
            if (c3 == 'y' && vowel(c4)) {
                return List.of("ny" + w.substring(4), "s" + w.substring(4)); // 18: me-nyV (menyanyi), meny-sV (menyapu)
            }
        }
        return List.of();
    }

    /** meng-/peng- (16, 17, 29, 30): before g, h, q, k and other consonants whole; before a vowel also k restored, or menge- before a one-syllable root. */
    private static List<String> meng(String w, int rootStart) {
        char c = at(w, rootStart);
        String rest = w.substring(rootStart);
        if (consonant(c)) {
            return List.of(rest);
        }
        if (!vowel(c)) {
            return List.of();
        }
        if (c == 'e' && oneSyllable(w.substring(rootStart + 1))) {
            // menge-/penge- stand before a root of one syllable (mengebom, pengelasan), meng-/peng- before others
            return List.of(rest, w.substring(rootStart + 1), "k" + rest);
        }
        return w.startsWith("me")
                ? List.of(rest, "k" + rest, "ng" + rest)                     // 17d: me-ngV (menganga)
                : List.of(rest, "k" + rest);
    }

    private static List<String> pe(String w) {
        char c2 = at(w, 2);
        char c3 = at(w, 3);
        char c4 = at(w, 4);
        if ((c2 == 'w' || c2 == 'y') && vowel(c3)) {
            return List.of(w.substring(2));                                  // 20: pe-{w,y}V
        }
        if (c2 == 'r') {
            if (vowel(c3)) {
                return List.of(w.substring(3), w.substring(2));             // 21: per-V, pe-rV (perumahan)
            }
            if (consonant(c3) && c3 != 'r') {
                return List.of(w.substring(3));                              // 23, 24: per-CAP, per-CAerV
            }
            return List.of();
        }
        if (c2 == 'm') {
            if (c3 == 'b' || c3 == 'f' || c3 == 'v') {
                return List.of(w.substring(3));                              // 25: pem-{b,f,v}
            }
            if (vowel(c3) || (c3 == 'r' && vowel(c4))) {
                return List.of("m" + w.substring(3), "p" + w.substring(3)); // 26: pe-mV (peminum), pem-pV (pemukul)
            }
            return List.of();
        }
        if (c2 == 'n') {
            if (c3 == 'c' || c3 == 'd' || c3 == 'j' || c3 == 's' || c3 == 't' || c3 == 'z') {
                return List.of(w.substring(3));                              // 27: pen-{c,d,j,s,t,z}
            }
            if (vowel(c3)) {
                return List.of("n" + w.substring(3), "t" + w.substring(3)); // 28: pe-nV, pen-tV (penenun)
            }
            if (c3 == 'g') {
                return meng(w, 4);
            }
            if (c3 == 'y' && vowel(c4)) {
                return List.of("s" + w.substring(4), "ny" + w.substring(4)); // 31: peny-sV (penyulingan), pe-nyV (penyanyi)
            }
            return List.of();
        }
        if (c2 == 'l' && vowel(c3)) {
            return w.equals("pelajar") ? List.of("ajar") : List.of(w.substring(2)); // 32: pe-lV
        }
        if (consonant(c2) && "rwylmn".indexOf(c2) < 0) {
            return List.of(w.substring(2));                                  // 33, 34, 36: pe-CP, pe-CerV, pe-C1erC2 (petani, pekerja)
        }
        return List.of();
    }

    /** 37–39: the infixes -er-, -el-, -em- and -in- (rerata, gelembung, kinerja). */
    private static List<String> infix(String w) {
        char c0 = w.charAt(0);
        char c1 = at(w, 1);
        char c2 = at(w, 2);
        boolean infix = (c1 == 'e' && (c2 == 'r' || c2 == 'l' || c2 == 'm')) || (c1 == 'i' && c2 == 'n');
        if (consonant(c0) && infix && vowel(at(w, 3))) {
            return List.of(c0 + w.substring(3));
        }
        return List.of();
    }

    private static boolean oneSyllable(String s) {
        int groups = 0;
        for (int i = 0; i < s.length(); i++) {
            if (vowel(s.charAt(i)) && (i == 0 || !vowel(s.charAt(i - 1)))) {
                groups++;
            }
        }
        return groups == 1;
    }

    static boolean vowel(char c) {
        return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o';
    }

    static boolean consonant(char c) {
        return c >= 'a' && c <= 'z' && !vowel(c);
    }

    private static char at(String w, int i) {
        return i < w.length() ? w.charAt(i) : '\0';
    }
}
