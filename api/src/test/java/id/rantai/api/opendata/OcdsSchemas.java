package id.rantai.api.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The official OCDS 1.1.5 schemas from {@code src/test/resources/ocds} (see its SOURCES.md), with the lots,
 * bids and partyDetails_scale extensions merged into the release schema as OCDS tooling does it: each
 * extension's release-schema.json applied as a JSON Merge Patch (RFC 7386). The package schemas refer to the
 * release schema by its id, which resolves to the merged schema; nothing is fetched from the network.
 */
final class OcdsSchemas {

    static final String BASE = "https://standard.open-contracting.org/schema/1__1__5/";
    private static final List<String> EXTENSIONS = List.of("lots", "bids", "partyDetails_scale");

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonSchema release;
    private final JsonSchema releasePackage;
    private final JsonSchema recordPackage;

    OcdsSchemas() {
        JsonNode merged = resource("core/release-schema.json");
        for (String extension : EXTENSIONS) {
            merged = mergePatch(merged, resource("extensions/" + extension + "/release-schema.json"));
        }
        Map<String, String> schemas = Map.of(
                BASE + "release-schema.json", merged.toString(),
                BASE + "release-package-schema.json", resource("core/release-package-schema.json").toString(),
                BASE + "record-package-schema.json", resource("core/record-package-schema.json").toString(),
                BASE + "versioned-release-validation-schema.json", resource("stub/versioned-release-validation-schema.json").toString());
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(schemas)));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        release = factory.getSchema(SchemaLocation.of(BASE + "release-schema.json"), config);
        releasePackage = factory.getSchema(SchemaLocation.of(BASE + "release-package-schema.json"), config);
        recordPackage = factory.getSchema(SchemaLocation.of(BASE + "record-package-schema.json"), config);
    }

    /** Every message, sorted, empty when valid. */
    Set<String> releaseErrors(JsonNode json) {
        return messages(release.validate(json));
    }

    Set<String> releasePackageErrors(JsonNode json) {
        return messages(releasePackage.validate(json));
    }

    Set<String> recordPackageErrors(JsonNode json) {
        return messages(recordPackage.validate(json));
    }

    /** RFC 7386: objects merge key by key, a null removes a key, anything else replaces the target. */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : new ObjectMapper().createObjectNode();
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), mergePatch(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }

    private static Set<String> messages(Set<ValidationMessage> messages) {
        Set<String> sorted = new TreeSet<>();
        messages.forEach(m -> sorted.add(m.getMessage()));
        return sorted;
    }

    private JsonNode resource(String path) {
        try (InputStream in = OcdsSchemas.class.getResourceAsStream("/ocds/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /ocds/" + path);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
