package id.rantai.api.json;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigInteger;

/**
 * Deserializers for fields where Micronaut Serde's lenient coercion would lose what the client meant: it
 * reads {@code "perhaps"} as {@code false} and {@code 10.5} rupiah as {@code 10}. These take only a JSON
 * boolean, or a JSON integer in range, and answer anything else with a 400.
 * See https://github.com/micronaut-projects/micronaut-serialization/issues/1173 (coercion not configurable in 2.x).
 */
public final class StrictJson {

    private StrictJson() {
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
