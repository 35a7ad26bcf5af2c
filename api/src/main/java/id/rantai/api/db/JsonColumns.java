package id.rantai.api.db;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Values to and from JSON text for {@code jsonb} and text columns, with the application's serde mapper. */
@Singleton
public class JsonColumns {

    private final JsonMapper json;

    JsonColumns(JsonMapper json) {
        this.json = json;
    }

    /** {@code value} to bind as {@code jsonb}. */
    public Sql.Json of(Object value) {
        return new Sql.Json(text(value));
    }

    public String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
