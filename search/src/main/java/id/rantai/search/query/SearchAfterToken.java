package id.rantai.search.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The opaque {@code searchAfter} token: the sort values of the last item of a page, with the name of the
 * sort they belong to, as URL-safe Base64 of a small JSON object. Clients pass it back unchanged; a
 * token that was edited, cut or belongs to another sort is refused as a bad request instead of reaching
 * Elasticsearch, which would fail it with a server error.
 *
 * <p>Every sort of this module ends with the document id as a tie-breaker, so the values are numbers
 * followed by one string, and paging never skips or repeats an item with an equal score.
 */
public final class SearchAfterToken {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TOKEN_LENGTH = 1_000;

    private SearchAfterToken() {
    }

    public static String encode(String sort, List<FieldValue> values) {
        ObjectNode token = JSON.createObjectNode();
        token.put("s", sort);
        ArrayNode array = token.putArray("v");
        for (FieldValue value : values) {
            switch (value._kind()) {
                case Double -> array.add(value.doubleValue());
                case Long -> array.add(value.longValue());
                case String -> array.add(value.stringValue());
                case Boolean -> array.add(value.booleanValue());
                default -> array.addNull();
            }
        }
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(token));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The sort values in {@code token}, which must belong to {@code sort} and hold {@code numbers} numbers
     * then the id; otherwise an error on {@code field} and empty.
     */
    public static Optional<List<FieldValue>> decode(String token, String field, String sort, int numbers, Violations violations) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            if (token.length() > MAX_TOKEN_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            JsonNode node = JSON.readTree(new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8));
            if (node == null || !node.path("s").isTextual() || !node.path("v").isArray()) {
                throw new IllegalArgumentException("not a token");
            }
            if (!node.path("s").asText().equals(sort)) {
                violations.add(field, "belongs to sort '" + node.path("s").asText() + "', not '" + sort + "': start again from the first page");
                return Optional.empty();
            }
            JsonNode values = node.path("v");
            if (values.size() != numbers + 1 || !values.get(numbers).isTextual()) {
                throw new IllegalArgumentException("wrong values");
            }
            List<FieldValue> sortValues = new ArrayList<>();
            for (int i = 0; i < numbers; i++) {
                JsonNode value = values.get(i);
                if (value.isIntegralNumber() && value.canConvertToLong()) {
                    sortValues.add(FieldValue.of(value.asLong()));
                } else if (value.isFloatingPointNumber() && Double.isFinite(value.asDouble())) {
                    sortValues.add(FieldValue.of(value.asDouble()));
                } else {
                    throw new IllegalArgumentException("not a number");
                }
            }
            sortValues.add(FieldValue.of(values.get(numbers).asText()));
            return Optional.of(sortValues);
        } catch (IllegalArgumentException | JsonProcessingException e) {
            violations.add(field, "is not a token this search returned: pass nextSearchAfter back unchanged");
            return Optional.empty();
        }
    }
}
