package id.rantai.api.support;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Seeded random JSON objects for fuzz tests: the endpoint's own field names, with nulls, booleans, huge and
 * negative numbers, short and 5,000-character strings, tricky strings (and a fresh UUID), lists and nested
 * objects, three levels deep at most.
 */
public final class RandomJson {

    private final Random random;
    private final List<String> fields;
    private final int maxFields;
    private final List<String> strings;

    /** Objects with fewer than {@code maxFields} fields named from {@code fields}; string values also from {@code strings}. */
    public RandomJson(long seed, List<String> fields, int maxFields, List<String> strings) {
        this.random = new Random(seed);
        this.fields = fields;
        this.maxFields = maxFields;
        this.strings = strings;
    }

    public Map<String, Object> object() {
        return object(0);
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        int count = random.nextInt(maxFields);
        for (int i = 0; i < count; i++) {
            object.put(fields.get(random.nextInt(fields.size())), value(depth + 1));
        }
        return object;
    }

    private Object value(int depth) {
        return switch (random.nextInt(depth > 2 ? 7 : 9)) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextLong();
            case 3 -> -random.nextInt(1000);
            case 4 -> random.nextDouble() * 1e20;
            case 5 -> "x".repeat(random.nextInt(3) == 0 ? 5000 : random.nextInt(10));
            case 6 -> {
                int pick = random.nextInt(strings.size() + 1);
                yield pick < strings.size() ? strings.get(pick) : UUID.randomUUID().toString();
            }
            case 7 -> Arrays.asList(value(depth + 1), value(depth + 1));
            default -> object(depth);
        };
    }
}
