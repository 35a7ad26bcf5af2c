package id.rantai.search.query;

import id.rantai.search.geo.GeoLocation;
import java.util.Collection;
import java.util.regex.Pattern;

/** The checks every search request shares, each adding to {@link Violations} under the parameter's name. */
public final class Checks {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final double MAX_RADIUS_KM = 5_000;
    private static final Pattern PROVINCE = Pattern.compile("ID-[A-Z]{2}");
    private static final Pattern KBLI = Pattern.compile("\\d{2,5}");
    private static final int MAX_VALUES = 50;
    private static final int MAX_VALUE_LENGTH = 100;

    private Checks() {
    }

    public static void size(int size, Violations violations) {
        if (size < 1 || size > MAX_SIZE) {
            violations.add("size", "must be between 1 and " + MAX_SIZE + ", got " + size);
        }
    }

    /** A radius needs a centre, and must be positive and at most {@link #MAX_RADIUS_KM}. */
    public static void radius(Double radiusKm, GeoLocation near, Violations violations) {
        if (radiusKm == null) {
            return;
        }
        if (!(radiusKm > 0) || radiusKm > MAX_RADIUS_KM) {
            violations.add("radiusKm", "must be greater than 0 and at most " + (int) MAX_RADIUS_KM + " km, got " + radiusKm);
        }
        if (near == null) {
            violations.add("radiusKm", "needs near=lat,lon: a radius around which point?");
        }
    }

    /** ISO 3166-2:ID codes such as {@code ID-JT}. */
    public static void provinces(Collection<String> provinces, Violations violations) {
        bounded("province", provinces, violations);
        for (String province : provinces) {
            if (!PROVINCE.matcher(province).matches()) {
                violations.add("province", "'" + shorten(province) + "' is not an ISO 3166-2:ID province code such as ID-JT");
            }
        }
    }

    /** KBLI 2020 codes: 5 digits, or 2 to 4 leading digits for a whole division or group. */
    public static void kblis(Collection<String> kblis, Violations violations) {
        bounded("kbli", kblis, violations);
        for (String kbli : kblis) {
            if (!KBLI.matcher(kbli).matches()) {
                violations.add("kbli", "'" + shorten(kbli) + "' is not a KBLI code (2 to 5 digits)");
            }
        }
    }

    /** Free keyword values such as certification names. */
    public static void bounded(String field, Collection<String> values, Violations violations) {
        if (values.size() > MAX_VALUES) {
            violations.add(field, "at most " + MAX_VALUES + " values, got " + values.size());
        }
        for (String value : values) {
            if (value.length() > MAX_VALUE_LENGTH) {
                violations.add(field, "values must be at most " + MAX_VALUE_LENGTH + " characters");
                return;
            }
        }
    }

    static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
