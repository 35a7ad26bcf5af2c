package id.rantai.web.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens against cross-site request forgery, bound to the browser: an HMAC of the session cookie when logged in,
 * else of a random anonymous cookie ({@code rantai_csrf}) set with the first page. A page puts the token in every form
 * (hidden field {@value #FIELD}) and in the {@value #HEADER} header of htmx requests; another site can neither read
 * the cookie nor compute the token. (Micronaut's CSRF module sets its cookie only from Micronaut's own login handler,
 * which the pages do not use, hence this small class.)
 */
@Singleton
public class CsrfTokens {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    static final String ANONYMOUS_COOKIE = "rantai_csrf";
    /** Set by the filter when it gives a browser its first anonymous cookie, so the page rendered now can use it. */
    static final String NEW_ANONYMOUS = "rantai.csrf.anonymous";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    CsrfTokens(@Value("${rantai.jwt.secret}") String secret) {
        try {
            byte[] derived = MessageDigest.getInstance("SHA-256").digest(("rantai-csrf:" + secret).getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(derived, "HmacSHA256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token a page rendered for this request puts in its forms. */
    public String tokenFor(HttpRequest<?> request) {
        return binding(request).map(this::sign).orElse("");
    }

    boolean valid(HttpRequest<?> request, String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        return binding(request).map(this::sign)
                .filter(expected -> MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII)))
                .isPresent();
    }

    String newAnonymousValue() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean hasBinding(HttpRequest<?> request) {
        return SessionCookie.of(request).isPresent() || request.getCookies().findCookie(ANONYMOUS_COOKIE).isPresent();
    }

    private static Optional<String> binding(HttpRequest<?> request) {
        Optional<String> session = SessionCookie.of(request).map(v -> "s:" + v);
        if (session.isPresent()) {
            return session;
        }
        return request.getCookies().findCookie(ANONYMOUS_COOKIE).map(Cookie::getValue)
                .or(() -> request.getAttribute(NEW_ANONYMOUS, String.class))
                .map(v -> "a:" + v);
    }

    private String sign(String binding) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(binding.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
