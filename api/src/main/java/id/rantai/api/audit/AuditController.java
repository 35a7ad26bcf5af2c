package id.rantai.api.audit;

import id.rantai.api.auth.Role;
import id.rantai.api.db.Sql;
import id.rantai.api.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code GET /api/audit}: who changed what and when, for administrators and the ministry. Entries about
 * bids stay hidden while their demand's bids are sealed: the audit log is no way around sealing. Nothing in an
 * answer depends on hidden entries: {@code total} counts what the caller may see, pages ({@code page}) and cursors
 * ({@code cursor}, {@code nextCursor}) step through only that, and entry ids are opaque ({@link AuditIds}), not the
 * log's sequence numbers, whose gaps would show where hidden entries are.
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
    private final AuditIds ids;

    AuditController(Sql sql, JsonMapper json, AuditIds ids) {
        this.sql = sql;
        this.json = json;
        this.ids = ids;
    }

    @Get
    @Transactional
    @Operation(summary = "Audit entries, newest first: by page (page, size) or by cursor (the previous answer's nextCursor)")
    AuditPage list(@Nullable @QueryValue @Size(max = 100) String entity, @Nullable @QueryValue("id") @Size(max = 200) String entityId,
                   @Nullable @QueryValue @Min(0) @Max(100_000) Integer page,
                   @QueryValue(defaultValue = "50") @Min(1) @Max(500) int size,
                   @Nullable @QueryValue @Size(max = 100) String cursor) {
        if (cursor != null && page != null) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "bad-request", "Give either page or cursor, not both");
        }
        Long before = cursor == null ? null : ids.decode(cursor).orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST,
                "bad-request", "cursor is not one this API gave out: use the nextCursor of a previous answer"));
        long total = sql.count("select count(*)" + VISIBLE, entity, entity, entityId, entityId);
        record Row(long sequence, AuditEntry entry) {
        }
        List<Row> rows = sql.list("select a.*" + VISIBLE + " and (?::bigint is null or a.id < ?) order by a.id desc limit ? offset ?",
                rs -> new Row(rs.getLong("id"), new AuditEntry(ids.encode(rs.getLong("id")), Sql.time(rs, "occurred_at"),
                        Sql.uuid(rs, "actor_user_id"), rs.getString("actor_username"), rs.getString("action"),
                        rs.getString("entity_type"), rs.getString("entity_id"), read(rs.getString("change")))),
                entity, entity, entityId, entityId, before, before, size + 1, before == null ? (long) pageOrFirst(page) * size : 0L);
        String next = rows.size() > size ? ids.encode(rows.get(size - 1).sequence()) : null;
        List<AuditEntry> items = new ArrayList<>();
        rows.stream().limit(size).forEach(r -> items.add(r.entry()));
        return new AuditPage(items, total, cursor == null ? pageOrFirst(page) : null, size, next);
    }

    private static int pageOrFirst(Integer page) {
        return page == null ? 0 : page;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String text) {
        try {
            return text == null ? null : json.readValue(text, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One entry; {@code id} is opaque and stable, not a sequence number. */
    @Serdeable
    record AuditEntry(String id, OffsetDateTime occurredAt, @Nullable UUID actorUserId, String actorUsername, String action,
                      String entityType, String entityId, @Nullable Map<String, Object> change) {
    }

    /** {@code page} is absent when the answer was asked for by cursor; {@code nextCursor} is absent on the last page. */
    @Serdeable
    record AuditPage(List<AuditEntry> items, long total, @Nullable Integer page, int size, @Nullable String nextCursor) {
    }
}
