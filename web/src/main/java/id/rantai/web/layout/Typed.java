package id.rantai.web.layout;

import id.rantai.api.problem.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Reading what a person typed into a form: whole numbers may carry Indonesian thousands dots ({@code 1.250.000}), decimals a
 * comma ({@code 40,5}). A word where a number belongs is refused naming the field, like the API refuses malformed JSON.
 */
public final class Typed {

    private Typed() {
    }

    public static Long whole(String text, String field, List<Problem.FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.replace(".", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(field, "must be a whole number"));
            return null;
        }
    }

    public static Integer wholeInt(String text, String field, List<Problem.FieldError> errors) {
        Long value = whole(text, field, errors);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            errors.add(new Problem.FieldError(field, "is too large"));
            return null;
        }
        return value == null ? null : value.intValue();
    }

    public static BigDecimal decimal(String text, String field, List<Problem.FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(field, "must be a number"));
            return null;
        }
    }

    public static Double coordinate(String text, String field, List<Problem.FieldError> errors) {
        BigDecimal value = decimal(text, field, errors);
        return value == null ? null : value.doubleValue();
    }

    public static LocalDate date(String text, String field, List<Problem.FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "must be a date, YYYY-MM-DD"));
            return null;
        }
    }

    public static UUID id(String text, String field, List<Problem.FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(field, "is not one of the choices"));
            return null;
        }
    }

    /** A list typed with commas ("SNI, ISO9001"), each item trimmed, empty ones dropped. */
    public static List<String> list(String text, boolean upperCase) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> upperCase ? s.toUpperCase(Locale.ROOT) : s).distinct().toList();
    }

    public static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
