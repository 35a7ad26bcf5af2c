package id.rantai.api.audit;

import id.rantai.api.auth.Role;
import id.rantai.api.db.Sql;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code GET /api/audit}: who changed what and when, for administrators and the ministry. Entries about
 * bids stay hidden while their demand's bids are sealed: the audit log is no way around sealing.
 */
@Controller("/api/audit")
@Secured({Role.ADMIN_NAME, Role.MINISTRY_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "audit")
@SecurityRequirement(name = "bearer")
class AuditController {

    private static final String VISIBLE = """
             from audit_log a
             where (?::text is null or a.entity_type = ?) and (?::text is null or a.entity_id = ?)
               and not (a.entity_type = 'bid' and exists (
                    select 1 from bid b join lot l on l.id = b.lot_id join demand d on d.id = l.demand_id
                    where b.id::text = a.entity_id and d.status in ('DRAFT', 'OPEN', 'CANCELLED')))
            """;

    private final Sql sql;
    private final JsonMapper json;

    AuditController(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Get
    @Transactional
    AuditPage list(@Nullable @QueryValue @Size(max = 100) String entity, @Nullable @QueryValue("id") @Size(max = 200) String entityId,
                   @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                   @QueryValue(defaultValue = "50") @Min(1) @Max(500) int size) {
        long total = sql.count("select count(*)" + VISIBLE, entity, entity, entityId, entityId);
        List<AuditEntry> items = sql.list("select a.*" + VISIBLE + " order by a.id desc limit ? offset ?",
                rs -> new AuditEntry(rs.getLong("id"), Sql.time(rs, "occurred_at"), Sql.uuid(rs, "actor_user_id"),
                        rs.getString("actor_username"), rs.getString("action"), rs.getString("entity_type"),
                        rs.getString("entity_id"), read(rs.getString("change"))),
                entity, entity, entityId, entityId, size, (long) page * size);
        return new AuditPage(items, total, page, size);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String text) {
        try {
            return text == null ? null : json.readValue(text, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Serdeable
    record AuditEntry(long id, OffsetDateTime occurredAt, @Nullable UUID actorUserId, String actorUsername, String action,
                      String entityType, String entityId, @Nullable Map<String, Object> change) {
    }

    @Serdeable
    record AuditPage(List<AuditEntry> items, long total, int page, int size) {
    }
}
