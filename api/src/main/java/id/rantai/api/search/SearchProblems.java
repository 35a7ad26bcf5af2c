package id.rantai.api.search;

import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import id.rantai.search.cluster.SearchUnavailableException;
import id.rantai.search.query.SearchQueryException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A query the search module refuses is the client's 400; a cluster that does not answer is a quick 503. */
final class SearchProblems {

    private SearchProblems() {
    }

    @Singleton
    static final class BadQuery implements ExceptionHandler<SearchQueryException, HttpResponse<Problem>> {
        @Override
        @SuppressWarnings("rawtypes") // the ExceptionHandler interface declares a raw request
        public HttpResponse<Problem> handle(HttpRequest request, SearchQueryException exception) {
            return new ProblemException(HttpStatus.BAD_REQUEST, "bad-query", "The search request has invalid parameters",
                    exception.errors().stream().map(e -> new Problem.FieldError(e.field(), e.message())).toList()).toResponse();
        }
    }

    @Singleton
    static final class Unavailable implements ExceptionHandler<SearchUnavailableException, HttpResponse<Problem>> {
        @Override
        @SuppressWarnings("rawtypes") // the ExceptionHandler interface declares a raw request
        public HttpResponse<Problem> handle(HttpRequest request, SearchUnavailableException exception) {
            return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable",
                    "Search is unavailable right now; try again shortly").toResponse();
        }
    }
}
