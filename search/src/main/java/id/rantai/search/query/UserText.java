package id.rantai.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a person typed into a search box, split into quoted phrases ({@code "sabut kelapa"}, which must
 * appear as written) and loose words. The text only ever reaches Elasticsearch through {@code match}
 * queries, never through {@code query_string}, so no character of it is syntax.
 */
public record UserText(String raw, List<String> phrases, String words) {

    public static final int MAX_LENGTH = 500;

    public UserText {
        phrases = List.copyOf(phrases);
    }

    /** Parses {@code text}, adding to {@code violations} what is wrong under the parameter name {@code field}. */
    public static Optional<UserText> parse(String text, String field, Violations violations) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (text.length() > MAX_LENGTH) {
            violations.add(field, "must be at most " + MAX_LENGTH + " characters, got " + text.length());
            return Optional.empty();
        }
        String cleaned = text.replaceAll("\\p{Cntrl}", " ").replace('\u201C', '"').replace('\u201D', '"');
        if (cleaned.chars().filter(c -> c == '"').count() % 2 != 0) {
            violations.add(field, "has an unbalanced quotation mark: close the quoted phrase or remove the quote");
            return Optional.empty();
        }
        List<String> phrases = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        String[] parts = cleaned.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim().replaceAll("\\s+", " ");
            if (part.isEmpty()) {
                continue;
            }
            if (i % 2 == 1) {
                phrases.add(part);
            } else {
                words.append(words.length() > 0 ? " " : "").append(part);
            }
        }
        if (phrases.isEmpty() && words.length() == 0) {
            return Optional.empty();
        }
        return Optional.of(new UserText(cleaned.trim(), phrases, words.toString()));
    }

    /** Everything typed, quotes removed: what relevance and highlights look at. */
    public String all() {
        StringBuilder all = new StringBuilder(words);
        for (String phrase : phrases) {
            all.append(all.length() > 0 ? " " : "").append(phrase);
        }
        return all.toString();
    }

    public boolean hasWords() {
        return !words.isEmpty();
    }
}
