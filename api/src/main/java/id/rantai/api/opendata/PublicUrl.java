package id.rantai.api.opendata;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where the public reaches this marketplace ({@code rantai.public-url}, {@code RANTAI_PUBLIC_URL}, e.g.
 * {@code https://rantai.kemenkopukm.go.id}): the base of every absolute URI Rantai publishes (the OCDS packages'
 * {@code uri} and {@code links}). Never taken from a request's {@code Host} or {@code X-Forwarded-*} headers, which
 * any client can set: published open data would otherwise point wherever the asker liked. Unset, it is
 * {@code http://localhost:<port>}, right for the run command on one machine. A wrong value stops the start.
 */
@Singleton
public class PublicUrl {

    private final String configured;
    private final BeanProvider<EmbeddedServer> server;

    PublicUrl(@Nullable @Value("${rantai.public-url:}") String configured, BeanProvider<EmbeddedServer> server) {
        this.configured = configured == null || configured.isBlank() ? null : checked(configured.strip());
        this.server = server;
    }

    /** The base URL without a trailing slash. */
    public String base() {
        return configured != null ? configured : "http://localhost:" + server.get().getPort();
    }

    static String checked(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("rantai.public-url (RANTAI_PUBLIC_URL) is not a URL: " + value, e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("rantai.public-url (RANTAI_PUBLIC_URL) must be an http(s) URL with a host and"
                    + " no query, like https://rantai.example.id, not " + value);
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
