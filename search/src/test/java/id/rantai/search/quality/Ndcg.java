package id.rantai.search.quality;

import java.util.List;
import java.util.Map;

/**
 * Normalised discounted cumulative gain at k, with the exponential gain {@code 2^grade - 1}: 1.0 when the
 * first k results are the best possible in the best order, 0 when none is relevant.
 */
final class Ndcg {

    private Ndcg() {
    }

    static double at(int k, List<String> ranked, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).limit(k).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
