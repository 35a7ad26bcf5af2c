package id.rantai.search.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The synonym rules of {@code synonyms-id.txt}, kept in the project and put inline into the index
 * settings: a file named by {@code synonyms_path} would have to be copied into every node's config
 * directory, inline rules travel with the index.
 */
public final class SynonymList {

    static final String RESOURCE = "synonyms-id.txt";

    private SynonymList() {
    }

    /** The rules, one per entry, without comments and blank lines. */
    public static List<String> rules() {
        return Holder.RULES;
    }

    private static final class Holder {
        static final List<String> RULES = read();
    }

    private static List<String> read() {
        try (InputStream in = SynonymList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<String> rules = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String rule = line.strip();
                if (!rule.isEmpty() && !rule.startsWith("#")) {
                    rules.add(rule);
                }
            }
            return List.copyOf(rules);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
