package id.rantai.analysis;

import java.nio.file.Path;

/**
 * Finds the Elasticsearch node's config directory, where files named in analysis settings live. A stable
 * plugin is not handed the node's environment, so this reads what the launcher leaves behind:
 * {@code ES_PATH_CONF} when it was set, else {@code config/} under the {@code es.path.home} property.
 */
final class NodeConfigDirectory {

    private NodeConfigDirectory() {
    }

    static Path locate() {
        String configured = System.getenv("ES_PATH_CONF");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        String home = System.getProperty("es.path.home");
        if (home != null && !home.isBlank()) {
            return Path.of(home, "config").toAbsolutePath().normalize();
        }
        throw new IllegalStateException("cannot find the node's config directory: neither ES_PATH_CONF nor es.path.home is set");
    }

    /** {@code relative} resolved inside {@code configDir}; a path that leaves it is refused. */
    static Path resolve(Path configDir, String relative) {
        Path file = configDir.resolve(relative).normalize();
        if (!file.startsWith(configDir)) {
            throw new IllegalArgumentException("[" + relative + "] must lie in the node's config directory " + configDir);
        }
        return file;
    }
}
