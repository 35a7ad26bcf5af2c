package id.rantai.search.query;

import id.rantai.search.geo.GeoLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP query parameters as the api receives them ({@code ?province=ID-JT,ID-JB&near=-6.9,110.4}), read
 * into typed values; every value that does not parse is recorded under its parameter name in
 * {@link #violations()} instead of failing at the first one.
 */
public final class QueryParameters {

    private final Map<String, List<String>> values;
    private final Violations violations = new Violations();

    private QueryParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    public static QueryParameters of(Map<String, List<String>> values) {
        return new QueryParameters(Map.copyOf(values));
    }

    public Violations violations() {
        return violations;
    }

    /** The first value of {@code name}, blank treated as absent. */
    public Optional<String> text(String name) {
        List<String> all = values.getOrDefault(name, List.of());
        return all.stream().filter(v -> v != null && !v.isBlank()).findFirst();
    }

    /** Every value of {@code name}, repeated ({@code ?kbli=a&kbli=b}) or comma-separated ({@code ?kbli=a,b}). */
    public List<String> list(String name) {
        List<String> out = new ArrayList<>();
        for (String value : values.getOrDefault(name, List.of())) {
            if (value == null) {
                continue;
            }
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    public Optional<Boolean> bool(String name) {
        return text(name).flatMap(value -> switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                violations.add(name, "must be true or false");
                yield Optional.empty();
            }
        });
    }

    public Optional<Integer> integer(String name) {
        return text(name).flatMap(value -> {
            try {
                return Optional.of(Integer.parseInt(value.trim()));
            } catch (NumberFormatException e) {
                violations.add(name, "must be a whole number");
                return Optional.empty();
            }
        });
    }

    public Optional<Long> wholeNumber(String name) {
        return text(name).flatMap(value -> {
            try {
                return Optional.of(Long.parseLong(value.trim()));
            } catch (NumberFormatException e) {
                violations.add(name, "must be a whole number");
                return Optional.empty();
            }
        });
    }

    public Optional<Double> decimal(String name) {
        return text(name).flatMap(value -> {
            try {
                double parsed = Double.parseDouble(value.trim());
                if (Double.isFinite(parsed)) {
                    return Optional.of(parsed);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            violations.add(name, "must be a number");
            return Optional.empty();
        });
    }

    /** A point written {@code lat,lon} in decimal degrees. */
    public Optional<GeoLocation> location(String name) {
        return text(name).flatMap(value -> {
            String[] parts = value.split(",");
            if (parts.length == 2) {
                try {
                    return Optional.of(new GeoLocation(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim())));
                } catch (IllegalArgumentException e) {
                    // NumberFormatException or a coordinate out of range: reported below
                }
            }
            violations.add(name, "must be 'lat,lon' in decimal degrees, latitude in [-90, 90] and longitude in [-180, 180]");
            return Optional.empty();
        });
    }
}
