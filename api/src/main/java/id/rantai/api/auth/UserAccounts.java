package id.rantai.api.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

/** The users who can log in. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserAccounts extends GenericRepository<UserAccount, UUID> {

    @Query("""
            select u.id, u.username, u.password_hash, u.role, u.organization_id, o.name as organization_name, u.enabled
            from app_user u left join organization o on o.id = u.organization_id
            where lower(u.username) = lower(:username)""")
    Optional<UserAccount> findByUsername(String username);
}
