package id.rantai.search.quality;

import java.util.Map;

/** One query of the judged set: its text, language, what it tests, and the graded relevant entries (id to grade 1–3). */
record JudgedQuery(String id, String query, String language, String kind, Map<String, Integer> relevant) {
}
