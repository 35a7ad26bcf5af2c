package id.rantai.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The weight of every page the journeys visit, on first load, appended to {@code web/target/page-weights.md} (the
 * table in docs/web.md is copied from it).
 */
public final class PageWeights {

    /** The budget for a page a cooperative opens on a slow connection (charts pages have their own). */
    public static final long PAGE_BUDGET_BYTES = 150 * 1024;
    public static final long CHARTS_BUDGET_BYTES = 400 * 1024;
    private static final Path TABLE = Path.of("target", "page-weights.md");

    private PageWeights() {
    }

    public static synchronized void record(String journey, String page, String path, long bytes) {
        try {
            if (!Files.exists(TABLE)) {
                Files.writeString(TABLE, "| journey | page | path | first load (KB) |\n|---|---|---|---:|\n", StandardCharsets.UTF_8);
            }
            String shortPath = path.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}");
            Files.writeString(TABLE, String.format("| %s | %s | `%s` | %.1f |%n", journey, page, shortPath, bytes / 1024.0),
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
