package id.rantai.infra.local;

import java.util.Optional;

/**
 * Reads a setting the way Micronaut does: a system property ({@code datasources.default.url}) wins over
 * the environment variable of the same name in upper case with underscores ({@code DATASOURCES_DEFAULT_URL}).
 */
final class Settings {

    private Settings() {
    }

    static Optional<String> get(String dottedName) {
        String value = System.getProperty(dottedName);
        if (value == null || value.isBlank()) {
            value = System.getenv(dottedName.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    static String get(String dottedName, String fallback) {
        return get(dottedName).orElse(fallback);
    }
}
