package id.rantai.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns what went wrong while reading a request into words for a person: the field by its JSON path
 * ({@code lots[0].deliveryDeadline}) and what it should hold ({@code must be a date, YYYY-MM-DD}), never the Java type,
 * class or exception the framework names in its own messages.
 */
final class ReadableErrors {

    /** What gives a framework message away as written for Java developers rather than for the client. */
    private static final Pattern JAVA_SPEAK = Pattern.compile(
            "java\\.|javax\\.|jakarta\\.|io\\.micronaut|com\\.fasterxml|id\\.rantai|class |\\$|Exception|Error decoding|"
                    + "Source: |\\[[A-Z][A-Za-z]*[ \\]]|Required argument|Failed to convert");
    /** The messages our own strict deserializers give ({@code StrictJson}), already in the client's words. */
    private static final Set<String> OWN_MESSAGES = Set.of("must be text", "must be a list of text", "must be true or false", "must be a whole number",
            "is out of range");

    private ReadableErrors() {
    }

    /** The field that could not be read from the body or a parameter, if the cause names one. */
    static Optional<Problem.FieldError> fieldError(Throwable cause) {
        SerdeException deepest = null;
        ConversionErrorException conversion = null;
        for (Throwable t = cause; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SerdeException serde && (deepest == null || serde.getPath().size() >= deepest.getPath().size())) {
                deepest = serde;
            }
            if (t instanceof ConversionErrorException c && conversion == null) {
                conversion = c;
            }
        }
        if (deepest != null && !deepest.getPath().isEmpty()) {
            return Optional.of(new Problem.FieldError(path(deepest.getPath()), message(deepest, leafType(deepest.getPath().get(0)))));
        }
        if (deepest != null && !isJsonSyntax(cause)) {
            return Optional.of(new Problem.FieldError("body", "must be a JSON object"));
        }
        if (conversion != null && !isJsonSyntax(cause) && !conversion.getArgument().isAnnotationPresent(io.micronaut.http.annotation.Body.class)) {
            return Optional.of(new Problem.FieldError(conversion.getArgument().getName(), "must be " + expected(conversion.getArgument())));
        }
        return Optional.empty();
    }

    /** A detail when the body is not JSON at all (with where the parser stopped), if that is what went wrong. */
    static Optional<String> syntaxDetail(Throwable cause) {
        for (Throwable t = cause; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof JsonProcessingException json && json.getLocation() != null && t.getClass().getName().contains("Parse")) {
                return Optional.of("The body is not valid JSON (line " + json.getLocation().getLineNr() + ", column "
                        + json.getLocation().getColumnNr() + ")");
            }
        }
        return isJsonSyntax(cause) ? Optional.of("The body is not valid JSON") : Optional.empty();
    }

    /** The message itself when a person can read it, otherwise {@code fallback}. */
    static String readable(String message, String fallback) {
        return message == null || message.isBlank() || JAVA_SPEAK.matcher(message).find() ? fallback : message;
    }

    private static boolean isJsonSyntax(Throwable cause) {
        for (Throwable t = cause; t != null && t != t.getCause(); t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.endsWith("JsonParseException") || name.endsWith("JsonEOFException") || name.endsWith("JsonSyntaxException")
                    || (t instanceof java.io.EOFException)) {
                return true;
            }
        }
        return false;
    }

    /** The path from the body's root; Serde lists it from the failing value outwards. */
    private static String path(List<ReferencePath> references) {
        StringBuilder path = new StringBuilder();
        for (int i = references.size() - 1; i >= 0; i--) {
            ReferencePath reference = references.get(i);
            if (reference instanceof CollectionItemReferencePath item) {
                path.append('[').append(item.index()).append(']');
            } else if (reference instanceof MapItemReferencePath entry) {
                path.append('.').append(entry.key());
            } else if (reference instanceof PropertyReferencePath property) {
                path.append(path.length() == 0 ? "" : ".").append(property.property().getName());
            }
        }
        String text = path.toString();
        return text.startsWith(".") ? text.substring(1) : text;
    }

    private static Argument<?> leafType(ReferencePath innermost) {
        if (innermost instanceof CollectionItemReferencePath item) {
            return item.collectionArgument().getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
        }
        if (innermost instanceof MapItemReferencePath entry) {
            Argument<?>[] types = entry.mapArgument().getTypeParameters();
            return types.length == 2 ? types[1] : Argument.OBJECT_ARGUMENT;
        }
        return innermost.getArgument();
    }

    private static String message(SerdeException failure, Argument<?> type) {
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            String own = t.getMessage() == null ? "" : t.getMessage().strip();
            for (String message : OWN_MESSAGES) {
                if (own.startsWith(message)) {
                    return message.equals("is out of range") ? "is out of range for " + expected(type) : message;
                }
            }
        }
        return "must be " + expected(type);
    }

    /** What a value of {@code type} looks like in JSON, in words. */
    static String expected(Argument<?> type) {
        Class<?> t = type.getType();
        if (t == String.class || t == CharSequence.class) {
            return "text";
        }
        if (t == LocalDate.class) {
            return "a date, YYYY-MM-DD";
        }
        if (t == OffsetDateTime.class || t == ZonedDateTime.class || t == Instant.class) {
            return "a date and time with its offset, such as 2026-12-01T10:00:00+07:00";
        }
        if (t == Long.class || t == long.class || t == Integer.class || t == int.class || t == Short.class || t == short.class
                || t == BigInteger.class) {
            return "a whole number";
        }
        if (t == BigDecimal.class || t == Double.class || t == double.class || t == Float.class || t == float.class) {
            return "a number";
        }
        if (t == Boolean.class || t == boolean.class) {
            return "true or false";
        }
        if (t == UUID.class) {
            return "an id (UUID, such as 3f2b8c1e-0000-4000-8000-000000000000)";
        }
        if (t.isEnum()) {
            Object[] values = t.getEnumConstants();
            StringBuilder names = new StringBuilder("one of ");
            for (int i = 0; i < values.length; i++) {
                names.append(i == 0 ? "" : ", ").append(((Enum<?>) values[i]).name());
            }
            return names.toString();
        }
        if (Collection.class.isAssignableFrom(t) || t.isArray()) {
            // the failure may be the list itself or one of its items: say what both should be
            return type.getFirstTypeVariable().filter(item -> item.getType() != Object.class)
                    .map(item -> "a list, each item " + expected(item)).orElse("a list");
        }
        if (Map.class.isAssignableFrom(t) || t == Object.class) {
            return "an object";
        }
        return "an object";
    }
}
