package id.rantai.api.auth;

import id.rantai.api.problem.ProblemException;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mindrot.jbcrypt.BCrypt;

/**
 * Logging in: a username and password from one client address become a signed token, or a problem (401 for
 * wrong credentials, 429 with a wait while {@link LoginThrottle} holds the name or address back). The API's
 * {@code POST /api/auth/login} and the browser's login page both go through here, so both count the same failures.
 */
@Singleton
public class Login {

    /** Compared against when the user is unknown, so an unknown name costs as much time as a wrong password. */
    private static final String UNKNOWN_USER_HASH = BCrypt.hashpw("no such user", BCrypt.gensalt(10));

    private final UserAccounts users;
    private final AccessRefreshTokenGenerator tokens;
    private final LoginThrottle throttle;

    Login(UserAccounts users, AccessRefreshTokenGenerator tokens, LoginThrottle throttle) {
        this.users = users;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    /** A signed access token for these credentials; throws a {@link ProblemException} otherwise. */
    public AccessRefreshToken authenticate(String username, String password, String clientAddress) {
        throttle.waitBeforeTrying(username, clientAddress).ifPresent(wait -> {
            throw ProblemException.retryAfter(HttpStatus.TOO_MANY_REQUESTS, "too-many-login-attempts",
                    "Too many failed logins; try again in " + Math.max(1, wait.toSeconds()) + " s", wait);
        });
        Optional<UserAccount> found = users.findByUsername(username);
        boolean passwordMatches = BCrypt.checkpw(password, found.map(UserAccount::passwordHash).orElse(UNKNOWN_USER_HASH));
        Optional<UserAccount> accepted = found.filter(u -> passwordMatches && u.enabled());
        if (accepted.isEmpty()) {
            throttle.failed(username, clientAddress);
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Invalid username or password");
        }
        UserAccount user = accepted.get();
        throttle.succeeded(username, clientAddress);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(CurrentUser.USER_ID, user.id().toString());
        if (user.organizationId() != null) {
            attributes.put(CurrentUser.ORGANIZATION_ID, user.organizationId().toString());
            attributes.put(CurrentUser.ORGANIZATION_NAME, user.organizationName());
        }
        return tokens.generate(Authentication.build(user.username(), List.of(user.role()), attributes))
                .orElseThrow(() -> new IllegalStateException("no token generated"));
    }
}
