package id.rantai.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The dictionary of Indonesian root words (kata dasar) that {@link ConfixStrippingStemmer} checks every step
 * against: the ~31,000 roots of the Indonesian Hunspell dictionary ({@value #GENERAL}, LGPL-3.0, source and
 * licence in the header of the file and beside it), each with the prefix families it takes, plus the domain
 * roots it lacks ({@value #DOMAIN}: crafts, materials, components), plus any given in the index settings.
 *
 * <p>A line holds roots separated by white space; {@code root/AFFIXES} names the affixes the dictionary says a
 * root takes: prefixes by family in upper case (B ber-, D di-, K ke-, M meN-, O ku-/kau-, P peN-, R per-,
 * S se-, T ter-), derivational suffixes in lower case (a -an, k -kan, i -i), so {@code makan/DMOPSTaik};
 * {@code #} starts a comment.
 */
final class RootWords {

    static final String GENERAL = "kata-dasar.txt";
    static final String DOMAIN = "kata-dasar-domain.txt";

    private final Set<String> words;
    private final Map<String, String> families;

    private RootWords(Set<String> words, Map<String, String> families) {
        this.words = Set.copyOf(words);
        this.families = Map.copyOf(families);
    }

    private RootWords(Set<String> words) {
        this(words, Map.of());
    }

    /** The shipped dictionary plus {@code extra}. */
    static RootWords defaultsPlus(Collection<String> extra) {
        if (extra.isEmpty()) {
            return Defaults.ROOTS;
        }
        Set<String> words = new HashSet<>(Defaults.ROOTS.words);
        words.addAll(normalized(extra));
        return new RootWords(words, Defaults.ROOTS.families);
    }

    /** Only {@code words}: no shipped dictionary. */
    static RootWords of(Collection<String> words) {
        return new RootWords(normalized(words));
    }

    boolean contains(String word) {
        return words.contains(word);
    }

    /**
     * Whether the dictionary says that {@code root} takes the affix {@code flag}: a prefix family (upper
     * case, see the class comment) or a derivational suffix ({@code a} -an, {@code k} -kan, {@code i} -i).
     * False also where the dictionary says nothing: its notes are incomplete, so silence is no veto.
     */
    boolean confirms(String root, char flag) {
        String known = families.get(root);
        return known != null && known.indexOf(flag) >= 0;
    }

    int size() {
        return words.size();
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
    private static final class Defaults {
        static final RootWords ROOTS = load();

        private static RootWords load() {
            Set<String> words = new HashSet<>(40_000);
            Map<String, String> families = new HashMap<>(40_000);
            read(GENERAL, words, families);
            read(DOMAIN, words, families);
            return new RootWords(words, families);
        }
    }

    private static void read(String resource, Set<String> into, Map<String, String> families) {
        try (InputStream in = RootWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                parse(line, into, families);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The roots of dictionary lines in the format of the class comment (for tools and tests). */
    static RootWords parse(Iterable<String> lines) {
        Set<String> words = new HashSet<>();
        Map<String, String> families = new HashMap<>();
        for (String line : lines) {
            parse(line, words, families);
        }
        return new RootWords(words, families);
    }

    private static void parse(String line, Set<String> into, Map<String, String> families) {
        int comment = line.indexOf('#');
        for (String word : (comment >= 0 ? line.substring(0, comment) : line).trim().split("\\s+")) {
            int slash = word.indexOf('/');
            String root = (slash >= 0 ? word.substring(0, slash) : word).toLowerCase(Locale.ROOT);
            if (!root.isEmpty()) {
                into.add(root);
                if (slash >= 0) {
                    families.merge(root, word.substring(slash + 1), String::concat);
                }
            }
        }
    }
}
