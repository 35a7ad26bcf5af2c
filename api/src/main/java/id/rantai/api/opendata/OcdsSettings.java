package id.rantai.api.opendata;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How Rantai publishes as an OCDS publisher: the ocid prefix ({@code rantai.ocds.ocid-prefix}; register a real
 * one with the Open Contracting Partnership before going public), the publisher's name and URI
 * ({@code rantai.ocds.publisher.name}, {@code .uri}), and optional license and publication policy URLs
 * ({@code rantai.ocds.license}, {@code rantai.ocds.publication-policy}). Wrong values stop the start.
 */
@Singleton
class OcdsSettings {

    private static final Pattern PREFIX = Pattern.compile("ocds-[a-z0-9]{1,20}");

    private final String ocidPrefix;
    private final Ocds.Publisher publisher;
    private final Optional<String> license;
    private final Optional<String> publicationPolicy;

    OcdsSettings(@Value("${rantai.ocds.ocid-prefix:ocds-rantai}") String ocidPrefix,
                 @Value("${rantai.ocds.publisher.name:Kementerian Koperasi dan UKM Republik Indonesia (Rantai)}") String publisherName,
                 @Nullable @Value("${rantai.ocds.publisher.uri:}") String publisherUri,
                 @Nullable @Value("${rantai.ocds.license:}") String license,
                 @Nullable @Value("${rantai.ocds.publication-policy:}") String publicationPolicy) {
        if (!PREFIX.matcher(ocidPrefix).matches()) {
            throw new IllegalArgumentException("rantai.ocds.ocid-prefix must look like ocds-xxxxxx, not " + ocidPrefix);
        }
        this.ocidPrefix = ocidPrefix;
        this.publisher = new Ocds.Publisher(publisherName, absoluteUri("rantai.ocds.publisher.uri", publisherUri).orElse(null));
        this.license = absoluteUri("rantai.ocds.license", license);
        this.publicationPolicy = absoluteUri("rantai.ocds.publication-policy", publicationPolicy);
    }

    String ocidPrefix() {
        return ocidPrefix;
    }

    Ocds.Publisher publisher() {
        return publisher;
    }

    Optional<String> license() {
        return license;
    }

    Optional<String> publicationPolicy() {
        return publicationPolicy;
    }

    private static Optional<String> absoluteUri(String key, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!URI.create(value.strip()).isAbsolute()) {
            throw new IllegalArgumentException(key + " must be an absolute URI, not " + value);
        }
        return Optional.of(value.strip());
    }
}
