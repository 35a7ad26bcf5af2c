package id.rantai.api.auth;

import id.rantai.api.problem.ProblemException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mindrot.jbcrypt.BCrypt;

/**
 * {@code POST /api/auth/login}: a username and password become a signed bearer token. Repeated failures are
 * answered with 429 and {@code Retry-After} for a while ({@link LoginThrottle}).
 */
@Controller("/api/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "auth")
class LoginController {

    /** Compared against when the user is unknown, so an unknown name costs as much time as a wrong password. */
    private static final String UNKNOWN_USER_HASH = BCrypt.hashpw("no such user", BCrypt.gensalt(10));

    private final UserAccounts users;
    private final AccessRefreshTokenGenerator tokens;
    private final LoginThrottle throttle;

    LoginController(UserAccounts users, AccessRefreshTokenGenerator tokens, LoginThrottle throttle) {
        this.users = users;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    @Post("/login")
    TokenResponse login(HttpRequest<?> http, @Body @Valid LoginRequest request) {
        String address = throttle.clientAddress(http);
        throttle.waitBeforeTrying(request.username(), address).ifPresent(wait -> {
            throw ProblemException.retryAfter(HttpStatus.TOO_MANY_REQUESTS, "too-many-login-attempts",
                    "Too many failed logins; try again in " + Math.max(1, wait.toSeconds()) + " s", wait);
        });
        Optional<UserAccount> found = users.findByUsername(request.username());
        boolean passwordMatches = BCrypt.checkpw(request.password(),
                found.map(UserAccount::passwordHash).orElse(UNKNOWN_USER_HASH));
        Optional<UserAccount> accepted = found.filter(u -> passwordMatches && u.enabled());
        if (accepted.isEmpty()) {
            throttle.failed(request.username(), address);
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Invalid username or password");
        }
        UserAccount user = accepted.get();
        throttle.succeeded(request.username(), address);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(CurrentUser.USER_ID, user.id().toString());
        if (user.organizationId() != null) {
            attributes.put(CurrentUser.ORGANIZATION_ID, user.organizationId().toString());
            attributes.put(CurrentUser.ORGANIZATION_NAME, user.organizationName());
        }
        var token = tokens.generate(Authentication.build(user.username(), List.of(user.role()), attributes))
                .orElseThrow(() -> new IllegalStateException("no token generated"));
        return new TokenResponse(token.getAccessToken(), "Bearer", token.getExpiresIn());
    }

    @Serdeable
    record LoginRequest(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {
    }

    @Serdeable
    record TokenResponse(String accessToken, String tokenType, Integer expiresIn) {
    }
}
