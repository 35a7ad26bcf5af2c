package id.rantai.api.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;

/**
 * Bean-validation failures of a request become a 400 problem naming each invalid field by its JSON path
 * ({@code lots[0].quantity}), without the Java method and parameter names Micronaut would put in front.
 */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
final class ConstraintViolationProblems implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    @SuppressWarnings("rawtypes") // the ExceptionHandler interface declares a raw request
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        return RequestChecks.invalid(exception.getConstraintViolations()).toResponse();
    }
}
