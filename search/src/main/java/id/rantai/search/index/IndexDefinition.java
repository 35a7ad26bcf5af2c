package id.rantai.search.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rantai.search.cluster.IndexLayout;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * One index of Rantai's search projection, defined once: the alias searches and writes go to, the
 * document type, and the settings and mappings of every concrete index behind the alias
 * ({@code capabilities-v20250101120000000}). Code and tests build indices from the same definition; a
 * test only picks another alias so that tests do not share data.
 *
 * <p>The definition's {@linkplain #fingerprint() fingerprint} is stored in the mapping's {@code _meta}: an
 * index built from an older definition (another mapping, another synonym list) is recognised as outdated.
 */
public abstract class IndexDefinition<D extends SearchDocument> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9_-]{0,100}");
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    private final String alias;
    private final Class<D> documentType;
    private final ObjectNode properties;
    private final String fingerprint;

    /** {@code properties}: the mapping's fields, built from {@link Fields}. */
    protected IndexDefinition(String alias, Class<D> documentType, ObjectNode properties) {
        if (!ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("not a usable index alias: " + alias);
        }
        this.alias = alias;
        this.documentType = documentType;
        this.properties = properties.deepCopy();
        this.fingerprint = sha256(write(body(null, IndexLayout.standard())));
    }

    /** The name searches and writes use; it points at one concrete index at a time. */
    public final String alias() {
        return alias;
    }

    /**
     * Points at the index a running reindex is filling, so that the bulk indexer writes each change into
     * it as well and nothing committed during the reindex is missing after the swap.
     */
    public final String reindexAlias() {
        return alias + "-next";
    }

    public final Class<D> documentType() {
        return documentType;
    }

    /** A new concrete index name, {@code <alias>-v<UTC timestamp to the millisecond>}. */
    public final String newIndexName(Clock clock) {
        return alias + "-v" + VERSION.format(clock.instant());
    }

    /** True when {@code index} is one of this definition's concrete indices. */
    public final boolean owns(String index) {
        return index.startsWith(alias + "-v") && index.substring(alias.length() + 2).chars().allMatch(Character::isDigit);
    }

    /** The body of the create-index request with the {@linkplain IndexLayout#standard() standard layout}. */
    public final String createIndexBody() {
        return createIndexBody(IndexLayout.standard());
    }

    /** The body of the create-index request: settings (with the layout's shards and replicas), mappings and the fingerprint in {@code _meta}. */
    public final String createIndexBody(IndexLayout layout) {
        return write(body(fingerprint, layout));
    }

    /**
     * SHA-256 of the settings and mappings (hex, 16 characters). The layout is not part of it: more replicas or
     * shards do not make an index outdated.
     */
    public final String fingerprint() {
        return fingerprint;
    }

    private ObjectNode body(String fingerprint, IndexLayout layout) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        index.put("number_of_shards", layout.shards());
        if (layout.autoExpands()) {
            index.put("auto_expand_replicas", layout.replicas());
        } else {
            index.put("number_of_replicas", Integer.parseInt(layout.replicas()));
        }
        // delete tombstones must outlive the outbox's retries: a replayed older upsert arriving after the
        // tombstone is gone would resurrect a deleted document (default 60 s)
        index.put("gc_deletes", "1h");
        index.set("analysis", IndonesianAnalysis.settings());
        ObjectNode mappings = body.putObject("mappings");
        // a field the definition does not know is a bug in the mapping from PostgreSQL rows: refuse it loudly
        mappings.put("dynamic", "strict");
        if (fingerprint != null) {
            mappings.putObject("_meta").put("definition", fingerprint);
        }
        mappings.set("properties", properties.deepCopy());
        return body;
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + alias + "]";
    }
}
