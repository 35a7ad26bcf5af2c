package id.rantai.api.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a {@link ProblemException} with its problem document. */
@Singleton
final class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {

    @SuppressWarnings("rawtypes") // the ExceptionHandler interface declares a raw request

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ProblemException exception) {
        return exception.toResponse();
    }
}
