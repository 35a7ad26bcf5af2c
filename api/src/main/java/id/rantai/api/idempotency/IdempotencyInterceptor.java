package id.rantai.api.idempotency;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.db.JsonColumns;
import id.rantai.api.db.Sql;
import id.rantai.api.problem.ProblemException;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.type.MutableArgumentValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Makes an {@link Idempotent} endpoint safe to retry. The key row, the write and the stored response share
 * one transaction: a failed write leaves no key behind, and a concurrent request with the same key waits
 * on the key's primary key until the first commits, then replays its response.
 */
@Singleton
@InterceptorBean(Idempotent.class)
class IdempotencyInterceptor implements MethodInterceptor<Object, Object> {

    static final String HEADER = Idempotent.HEADER;
    static final String REPLAYED = "Idempotent-Replayed";

    private final Sql sql;
    private final JsonColumns json;
    private final TransactionOperations<Connection> transactions;

    IdempotencyInterceptor(Sql sql, JsonColumns json, TransactionOperations<Connection> transactions) {
        this.sql = sql;
        this.json = json;
        this.transactions = transactions;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        Optional<HttpRequest<Object>> current = ServerRequestContext.currentRequest();
        String key = current.flatMap(r -> r.getHeaders().findFirst(HEADER)).orElse(null);
        if (key == null) {
            // IdempotencyKeyRequired answers such a request before it gets here; this keeps the rule if a route escapes it
            if (context.booleanValue(Idempotent.class, "required").orElse(true)) {
                throw IdempotencyKeyRequired.missing();
            }
            return context.proceed();
        }
        if (key.isBlank() || key.length() > 255) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "idempotency-key", HEADER + " must be 1 to 255 characters");
        }
        HttpRequest<Object> request = current.get();
        UUID userId = request.getUserPrincipal(Authentication.class).map(CurrentUser::of).map(CurrentUser::userId)
                .orElseThrow(() -> new ProblemException(HttpStatus.UNAUTHORIZED, "unauthorized", "Login required"));
        String hash = requestHash(request, context);
        return transactions.executeWrite(status -> {
            int inserted = sql.update("""
                    insert into idempotency_key (user_id, key, request_hash) values (?, ?, ?)
                    on conflict do nothing""", userId, key, hash);
            if (inserted == 0) {
                return replay(userId, key, hash);
            }
            Object result = context.proceed();
            int code = result instanceof HttpResponse<?> response ? response.code() : HttpStatus.OK.getCode();
            Object body = result instanceof HttpResponse<?> response ? response.getBody().orElse(null) : result;
            sql.update("update idempotency_key set response_status = ?, response_body = ? where user_id = ? and key = ?",
                    code, body == null ? null : json.text(body), userId, key);
            return result;
        });
    }

    private HttpResponse<?> replay(UUID userId, String key, String hash) {
        record Stored(String hash, Integer status, String body) {
        }
        Stored stored = sql.one("select request_hash, response_status, response_body from idempotency_key where user_id = ? and key = ?",
                rs -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3)), userId, key)
                .orElseThrow(() -> ProblemException.conflict("The request with this Idempotency-Key is still in progress"));
        if (!stored.hash().equals(hash)) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                    "This Idempotency-Key was used for a different request");
        }
        if (stored.status() == null) {
            throw ProblemException.conflict("The request with this Idempotency-Key is still in progress");
        }
        var response = HttpResponse.status(HttpStatus.valueOf(stored.status())).header(REPLAYED, "true");
        return stored.body() == null ? response : response.contentType(MediaType.APPLICATION_JSON_TYPE).body(stored.body());
    }

    /** Method, path and the parsed body (re-serialised, so whitespace does not make two requests differ). */
    private String requestHash(HttpRequest<?> request, MethodInvocationContext<Object, Object> context) {
        StringBuilder canonical = new StringBuilder(request.getMethodName()).append(' ').append(request.getPath()).append('\n');
        for (MutableArgumentValue<?> argument : context.getParameters().values()) {
            if (argument.isAnnotationPresent(Body.class)) {
                canonical.append(json.text(argument.getValue()));
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
