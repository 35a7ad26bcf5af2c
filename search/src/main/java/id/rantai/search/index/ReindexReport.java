package id.rantai.search.index;

import java.time.Duration;
import java.util.List;

/** A finished reindex: the new index now behind the alias, the indices it replaced (deleted), what went in. */
public record ReindexReport(String alias, String index, List<String> replaced, long indexed, long stale, Duration took) {

    public ReindexReport {
        replaced = List.copyOf(replaced);
    }
}
