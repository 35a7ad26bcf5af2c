package id.rantai.infra.local;

/** Where a PostgreSQL database answers: the JDBC URL and the credentials to use. */
public record PostgresEndpoint(String jdbcUrl, String username, String password) {
}
