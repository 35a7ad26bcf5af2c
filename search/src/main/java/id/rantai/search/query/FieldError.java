package id.rantai.search.query;

/** One thing wrong with a search request: the parameter as the client named it, and why it is refused. */
public record FieldError(String field, String message) {
}
