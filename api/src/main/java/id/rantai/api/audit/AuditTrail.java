package id.rantai.api.audit;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.db.JsonColumns;
import id.rantai.api.db.Sql;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes who changed what into the append-only audit log, in the caller's transaction: the change and its
 * record commit or roll back together.
 */
@Singleton
public class AuditTrail {

    private final Sql sql;
    private final JsonColumns json;

    AuditTrail(Sql sql, JsonColumns json) {
        this.sql = sql;
        this.json = json;
    }

    /** Records an action on an entity, with the state before (null when created) and after (null when removed). */
    public void record(CurrentUser actor, String action, String entityType, Object entityId, Object before, Object after) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("before", before);
        change.put("after", after);
        sql.update("""
                insert into audit_log (actor_user_id, actor_username, action, entity_type, entity_id, change)
                values (?, ?, ?, ?, ?, ?)""",
                actor == null ? null : actor.userId(), actor == null ? "system" : actor.username(),
                action, entityType, String.valueOf(entityId), json.of(change));
    }
}
