package id.rantai.search.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Enums whose constants a client names in a query parameter ({@code sort=distance}, {@code facets=kbli}). */
public interface Named {

    /** The name clients use. */
    String parameterValue();

    /** The constant called {@code value}, or an error on {@code field} listing the names there are. */
    static <E extends Enum<E> & Named> Optional<E> parse(Class<E> type, String value, String field, Violations violations) {
        for (E constant : type.getEnumConstants()) {
            if (constant.parameterValue().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(constant);
            }
        }
        violations.add(field, "unknown value '" + Checks.shorten(value) + "', expected one of "
                + Arrays.stream(type.getEnumConstants()).map(Named::parameterValue).collect(Collectors.joining(", ")));
        return Optional.empty();
    }
}
