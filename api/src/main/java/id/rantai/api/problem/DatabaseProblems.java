package id.rantai.api.problem;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database is the last line of defence (checks, foreign and unique keys, deferred triggers that run at
 * commit): when PostgreSQL refuses what a client sent, the client hears a 4xx problem, not a 500.
 * Anything else from the database stays a server error with a logged reference.
 */
final class DatabaseProblems {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseProblems.class);

    private DatabaseProblems() {
    }

    static HttpResponse<Problem> answer(HttpRequest<?> request, RuntimeException exception) {
        String state = sqlState(exception).orElse("");
        ProblemException problem = switch (state) {
            case "22021", "22P05" -> new ProblemException(HttpStatus.BAD_REQUEST, "invalid-text",
                    "The request contains characters that cannot be stored (such as NUL)");
            case "22001" -> new ProblemException(HttpStatus.BAD_REQUEST, "too-long", "A value is too long");
            case "22003" -> new ProblemException(HttpStatus.BAD_REQUEST, "out-of-range", "A number is out of range");
            case "23505" -> ProblemException.conflict("The resource already exists");
            case "40001", "40P01" -> ProblemException.conflict("A concurrent change got there first; try again");
            case "55000" -> ProblemException.conflict("The bid window is closed");
            case "23503", "23514", "23502" -> new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "constraint",
                    "The request breaks a rule of the data: " + constraintName(exception));
            default -> null;
        };
        if (problem == null) {
            String reference = UUID.randomUUID().toString();
            LOG.error("Unexpected database error {} on {} {}", reference, request.getMethod(), request.getPath(), exception);
            return new ProblemException(HttpStatus.INTERNAL_SERVER_ERROR, "server-error",
                    "An unexpected error occurred. Reference: " + reference).toResponse();
        }
        LOG.debug("database refused the request ({}): {}", state, exception.getMessage());
        return problem.toResponse();
    }

    private static Optional<String> sqlState(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    private static String constraintName(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null
                    && psql.getServerErrorMessage().getConstraint() != null) {
                return psql.getServerErrorMessage().getConstraint();
            }
        }
        return "a constraint";
    }

    /** A statement PostgreSQL refused. */
    @Singleton
    static final class Statements implements ExceptionHandler<DataAccessException, HttpResponse<Problem>> {
        @SuppressWarnings("rawtypes") // the ExceptionHandler interface declares a raw request
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, DataAccessException exception) {
            return answer(request, exception);
        }
    }

    /** A commit PostgreSQL refused (deferred triggers and constraints run at commit). */
    @Singleton
    static final class Commits implements ExceptionHandler<TransactionException, HttpResponse<Problem>> {
        @SuppressWarnings("rawtypes") // the ExceptionHandler interface declares a raw request
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, TransactionException exception) {
            return answer(request, exception);
        }
    }
}
