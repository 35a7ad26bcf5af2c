package id.rantai.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.junit.jupiter.api.Test;

/**
 * Exact accuracy of {@code id_stem} on stemming-pairs.tsv (word, root, source: public Indonesian stemming
 * test data and the catalogue's vocabulary), next to Lucene's dictionary-free {@code IndonesianStemmer}, and
 * the over-stemming of each: words of different roots that end up with one stem. Prints the table (also to
 * target/stemming-accuracy.txt, the figures of docs/benchmarks.md) and fails below the goal of 90% exact.
 */
class StemmingAccuracyTest {

    static final double GOAL = 0.90;
    private static final String PAIRS = "stemming-pairs.tsv";

    private record Pair(String word, String root, String source) {
    }

    @Test
    void idStemFindsAtLeastNineRootsInTenAndFewerFalseFriendsThanLucene() throws IOException {
        List<Pair> pairs = pairs();
        assertTrue(pairs.size() >= 500, "the test set has at least 500 pairs");
        IndonesianStemFilterFactory ours =
                new IndonesianStemFilterFactory(AnalysisSettingsStub.of(IndonesianStemFilterFactory.Settings.class, Map.of()));
        Score id = score(pairs, ours::create);
        Score lucene = score(pairs, stream -> new IndonesianStemFilter(stream, true));

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%-100s %5s %8s %8s%n", "source", "pairs", "id_stem", "lucene"));
        id.bySource.forEach((source, hits) -> report.append(String.format(Locale.ROOT, "%-100s %5d %8.3f %8.3f%n", source,
                hits[1], hits[0] / (double) hits[1], lucene.bySource.get(source)[0] / (double) hits[1])));
        report.append(String.format(Locale.ROOT, "%nexact: id_stem %d/%d = %.3f, Lucene IndonesianStemmer %d/%d = %.3f (goal %.2f)%n",
                id.exact, pairs.size(), id.accuracy(), lucene.exact, pairs.size(), lucene.accuracy(), GOAL));
        report.append(String.format(Locale.ROOT, "over-stemming (stems shared by words of different roots): id_stem %d, Lucene %d%n",
                id.falseFriends.size(), lucene.falseFriends.size()));
        report.append("id_stem's: ").append(id.falseFriends).append('\n');
        report.append("id_stem's misses: ").append(id.misses).append('\n');
        System.out.print(report);
        Path out = Path.of("target", "stemming-accuracy.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());

        assertTrue(id.accuracy() >= GOAL, String.format(Locale.ROOT, "id_stem exact %.3f is below %.2f", id.accuracy(), GOAL));
        assertTrue(id.accuracy() > lucene.accuracy(), "id_stem is no better than Lucene's stemmer");
        assertTrue(id.falseFriends.size() < lucene.falseFriends.size(), "id_stem joins more unrelated words than Lucene's stemmer");
    }

    private static final class Score {
        int exact;
        final Map<String, int[]> bySource = new TreeMap<>();
        final List<String> misses = new ArrayList<>();
        final List<String> falseFriends = new ArrayList<>();
        int total;

        double accuracy() {
            return exact / (double) total;
        }
    }

    private static Score score(List<Pair> pairs, UnaryOperator<TokenStream> stemmer) {
        Score score = new Score();
        Map<String, Set<String>> rootsByStem = new HashMap<>();
        Map<String, Set<String>> wordsByStem = new HashMap<>();
        for (Pair pair : pairs) {
            String stem = String.join(" ", Tokens.terms(pair.word(), stemmer));
            boolean right = stem.equals(pair.root());
            score.total++;
            int[] hits = score.bySource.computeIfAbsent(pair.source(), s -> new int[2]);
            hits[1]++;
            if (right) {
                score.exact++;
                hits[0]++;
            } else {
                score.misses.add(pair.word() + ">" + stem);
            }
            rootsByStem.computeIfAbsent(stem, s -> new HashSet<>()).add(pair.root());
            wordsByStem.computeIfAbsent(stem, s -> new HashSet<>()).add(pair.word() + "(" + pair.root() + ")");
        }
        rootsByStem.forEach((stem, roots) -> {
            if (roots.size() > 1) {
                score.falseFriends.add(stem + "=" + wordsByStem.get(stem));
            }
        });
        return score;
    }

    private static List<Pair> pairs() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        try (InputStream in = StemmingAccuracyTest.class.getResourceAsStream(PAIRS)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + PAIRS);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\t");
                    pairs.add(new Pair(fields[0], fields[1], fields[2]));
                }
            }
        }
        return pairs;
    }
}
