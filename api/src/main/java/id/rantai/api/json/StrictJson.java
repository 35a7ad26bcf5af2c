package id.rantai.api.json;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Deserializers for fields where Micronaut Serde's lenient coercion would lose what the client meant: it
 * reads {@code "perhaps"} as {@code false}, {@code 10.5} rupiah as {@code 10} and {@code "title": true} as the
 * text {@code "true"}. These take only a JSON boolean, a JSON integer in range, or (for every text field) a JSON
 * string, and answer anything else with a 400.
 * See https://github.com/micronaut-projects/micronaut-serialization/issues/1173 (coercion not configurable in 2.x).
 */
public final class StrictJson {

    private StrictJson() {
    }

    /**
     * Every text field: only a JSON string. Primary over Serde's own, so it needs no annotation on each field; a JSON
     * number, boolean, list or object given for text is refused instead of stored as its spelling.
     */
    @Singleton
    @Primary
    public static final class Text implements Deserializer<String> {
        @Override
        public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
            Object value = decoder.decodeArbitrary();
            if (value instanceof String text) {
                return text;
            }
            throw decoder.createDeserializationException("must be text", value);
        }
    }

    /**
     * Every list of text ({@code processes}, {@code requiredCertifications}): only a JSON list of JSON strings. Serde reads
     * such lists with its own list reader, which would take {@code [false]} as {@code ["false"]}.
     */
    @Singleton
    @Primary
    public static final class TextList implements Deserializer<List<String>> {
        @Override
        public List<String> deserialize(Decoder decoder, DecoderContext context, Argument<? super List<String>> type) throws IOException {
            Object value = decoder.decodeArbitrary();
            if (value instanceof List<?> list && list.stream().allMatch(item -> item == null || item instanceof String)) {
                List<String> texts = new ArrayList<>(list.size());
                list.forEach(item -> texts.add((String) item));
                return texts;
            }
            throw decoder.createDeserializationException("must be a list of text", value);
        }
    }

    /** Only {@code true} or {@code false}. */
    @Singleton
    public static final class Flag implements Deserializer<Boolean> {
        @Override
        public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type) throws IOException {
            Object value = decoder.decodeArbitrary();
            if (value instanceof Boolean flag) {
                return flag;
            }
            throw decoder.createDeserializationException("must be true or false", value);
        }
    }

    /** A whole number that fits a {@code long}. */
    @Singleton
    public static final class WholeLong implements Deserializer<Long> {
        @Override
        public Long deserialize(Decoder decoder, DecoderContext context, Argument<? super Long> type) throws IOException {
            return whole(decoder, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    /** A whole number that fits an {@code int}. */
    @Singleton
    public static final class WholeInt implements Deserializer<Integer> {
        @Override
        public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type) throws IOException {
            return (int) whole(decoder, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
    }

    private static long whole(Decoder decoder, long min, long max) throws IOException {
        Object value = decoder.decodeArbitrary();
        boolean integral = value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger;
        if (!integral) {
            throw decoder.createDeserializationException("must be a whole number", value);
        }
        BigInteger number = value instanceof BigInteger big ? big : BigInteger.valueOf(((Number) value).longValue());
        if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
            throw decoder.createDeserializationException("is out of range", value);
        }
        return number.longValue();
    }
}
