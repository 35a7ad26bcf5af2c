package id.rantai.api.mail;

import id.rantai.api.db.Sql;
import jakarta.inject.Singleton;

/**
 * Queues an email in the caller's transaction (see {@code V60__mail_outbox.sql}): a committed event is always mailed, a
 * rolled-back one never, and an event mailed to the same recipient twice is queued once. The sender job delivers it.
 */
@Singleton
public class MailOutbox {

    private final Sql sql;

    MailOutbox(Sql sql) {
        this.sql = sql;
    }

    /**
     * @param eventKey what happened, stable for the event (for example {@code "bids-opened:<demandId>"}): the same
     *                 key and recipient are queued once
     * @param language {@code "id"} or {@code "en"}, the recipient's language, in which subject and body are written
     * @return whether the email was queued now (false when this event was already queued for this recipient)
     */
    public boolean enqueue(String eventKey, String recipient, String language, String subject, String body) {
        return sql.update("insert into mail_outbox (event_key, recipient, language, subject, body) values (?, ?, ?, ?, ?)"
                + " on conflict (event_key, recipient) do nothing", eventKey, recipient, language, subject, body) == 1;
    }
}
