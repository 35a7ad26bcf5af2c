package id.rantai.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A dictionary of Indonesian root words (kata dasar) and the affix stripping that finds a word's root in it.
 *
 * <p>Lucene's {@code IndonesianStemmer} is dictionary-free and cannot restore the consonant that a nasal
 * prefix swallows: it stems {@code pengiriman} to {@code irim} and {@code pengemasan} (packaging) to
 * {@code emas} (gold). Here every way of peeling the word (prefix, with the swallowed k/p/t/s put back,
 * then particle, possessive and derivational suffix) is tried and the longest candidate found in the
 * dictionary wins; a word with no candidate is left to Lucene.
 */
final class IndonesianRoots {

    private static final String DEFAULT_DICTIONARY = "kata-dasar.txt";
    private static final int MIN_ROOT_LENGTH = 3;

    /** Prefix and what it replaces: {@code meng} + vowel swallowed a {@code k} ({@code mengirim}: {@code kirim}). */
    private record Prefix(String prefix, String restored) {
    }

    private static final List<Prefix> PREFIXES = List.of(
            new Prefix("", ""),
            new Prefix("di", ""), new Prefix("ke", ""), new Prefix("se", ""),
            new Prefix("ter", ""), new Prefix("te", ""),
            new Prefix("ber", ""), new Prefix("be", ""), new Prefix("bel", ""),
            new Prefix("per", ""), new Prefix("pe", ""), new Prefix("pel", ""),
            new Prefix("me", ""),
            new Prefix("mem", ""), new Prefix("mem", "p"),
            new Prefix("men", ""), new Prefix("men", "t"),
            new Prefix("meng", ""), new Prefix("meng", "k"), new Prefix("menge", ""),
            new Prefix("meny", "s"),
            new Prefix("pem", ""), new Prefix("pem", "p"),
            new Prefix("pen", ""), new Prefix("pen", "t"),
            new Prefix("peng", ""), new Prefix("peng", "k"), new Prefix("penge", ""),
            new Prefix("peny", "s"),
            new Prefix("memper", ""), new Prefix("mempe", ""), new Prefix("diper", ""), new Prefix("dipe", ""),
            new Prefix("keber", ""), new Prefix("keter", ""), new Prefix("kese", ""),
            new Prefix("pember", ""), new Prefix("pemer", ""), new Prefix("seper", ""));

    private static final List<String> PARTICLES = List.of("", "lah", "kah", "tah", "pun");
    private static final List<String> POSSESSIVES = List.of("", "nya", "ku", "mu");
    private static final List<String> DERIVATIONAL_SUFFIXES = List.of("", "kan", "an", "i");

    private final Set<String> roots;

    private IndonesianRoots(Set<String> roots) {
        this.roots = Set.copyOf(roots);
    }

    /** The roots shipped with the plugin (marketplace and craft vocabulary), plus {@code extra}. */
    static IndonesianRoots defaultsPlus(Collection<String> extra) {
        Set<String> roots = new HashSet<>(DefaultDictionary.ROOTS);
        roots.addAll(normalized(extra));
        return new IndonesianRoots(roots);
    }

    static IndonesianRoots of(Collection<String> roots) {
        return new IndonesianRoots(new HashSet<>(normalized(roots)));
    }

    boolean isEmpty() {
        return roots.isEmpty();
    }

    /** The longest dictionary root that {@code word} (lower case) can be peeled down to, if any. */
    Optional<String> rootOf(String word) {
        if (roots.contains(word)) {
            // a root is never peeled further: "kelapa" must not become "lapa"
            return Optional.of(word);
        }
        String best = null;
        for (Prefix prefix : PREFIXES) {
            if (!word.startsWith(prefix.prefix())) {
                continue;
            }
            String rest = prefix.restored() + word.substring(prefix.prefix().length());
            for (String particle : PARTICLES) {
                if (!rest.endsWith(particle)) {
                    continue;
                }
                String withoutParticle = rest.substring(0, rest.length() - particle.length());
                for (String possessive : POSSESSIVES) {
                    if (!withoutParticle.endsWith(possessive)) {
                        continue;
                    }
                    String withoutPossessive = withoutParticle.substring(0, withoutParticle.length() - possessive.length());
                    for (String suffix : DERIVATIONAL_SUFFIXES) {
                        if (!withoutPossessive.endsWith(suffix)) {
                            continue;
                        }
                        String candidate = withoutPossessive.substring(0, withoutPossessive.length() - suffix.length());
                        if (candidate.length() >= MIN_ROOT_LENGTH && roots.contains(candidate)
                                && (best == null || candidate.length() > best.length())) {
                            best = candidate;
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Set<String> normalized(Collection<String> words) {
        Set<String> out = new HashSet<>();
        for (String word : words) {
            String w = word.trim().toLowerCase(Locale.ROOT);
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Read once: Elasticsearch builds every filter of the plugin each time it creates an index. */
    private static final class DefaultDictionary {
        static final Set<String> ROOTS = Set.copyOf(readDefaultDictionary());
    }

    private static Set<String> readDefaultDictionary() {
        try (InputStream in = IndonesianRoots.class.getResourceAsStream(DEFAULT_DICTIONARY)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_DICTIONARY);
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                for (String word : (comment >= 0 ? line.substring(0, comment) : line).trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        words.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_DICTIONARY, e);
        }
    }
}
