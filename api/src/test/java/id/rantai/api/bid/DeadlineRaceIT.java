package id.rantai.api.bid;

import static id.rantai.api.support.Fixtures.bid;
import static id.rantai.api.support.Fixtures.demand;
import static id.rantai.api.support.Fixtures.inSeconds;
import static id.rantai.api.support.Fixtures.membersOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.support.ApiTestSupport;
import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many clients submit and revise bids right up to and past the deadline. Every bid or revision acknowledged
 * is exactly what is stored; nothing sent after the deadline is accepted.
 */
@MicronautTest(transactional = false)
class DeadlineRaceIT extends ApiTestSupport {

    private static final int LOTS = 6;

    record Ack(String bidId, long version, long price) {
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyAcknowledgedBidIsStoredAndNoneAfterTheDeadline() throws Exception {
        String officer = login("officer.pertamina");
        OffsetDateTime deadline = inSeconds(6);
        Answer created = post("/api/demands", officer, toJson(demand("Race: bantalan karet dermaga", deadline, LOTS)));
        String demandId = (String) created.json().get("id");
        List<String> lots = ((List<Map<String, Object>>) created.json().get("lots")).stream().map(l -> (String) l.get("id")).toList();
        post("/api/demands/" + demandId + "/publish", officer, "");
        long deadlineMillis = deadline.toInstant().toEpochMilli();

        ConcurrentLinkedQueue<Ack> lastAcks = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> lateAcceptances = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(2 * LOTS);
        List<Future<?>> clients = new ArrayList<>();
        for (String coop : List.of("coop.sabut", "coop.mebel")) {
            String token = login(coop);
            var members = membersOf(coop);
            for (String lot : lots) {
                clients.add(pool.submit(() -> {
                    String path = "/api/demands/" + demandId + "/lots/" + lot + "/bids";
                    Ack last = null;
                    long price = 49_000;
                    // start close to the deadline, then keep revising until well past it
                    sleepUntil(deadlineMillis - 2_500);
                    while (System.currentTimeMillis() < deadlineMillis + 1_500) {
                        long sentAt = System.currentTimeMillis();
                        Answer answer;
                        if (last == null) {
                            answer = post(path, token, toJson(bid(100, price, members)));
                        } else {
                            Map<String, Object> revision = bid(100, price, members);
                            revision.put("version", last.version());
                            answer = put(path + "/" + last.bidId(), token, toJson(revision));
                        }
                        if (answer.status() == 200 || answer.status() == 201) {
                            last = new Ack((String) answer.json().get("id"), ((Number) answer.json().get("version")).longValue(), price);
                            if (sentAt > deadlineMillis + 250) {
                                lateAcceptances.add(coop + " " + lot + " sent " + (sentAt - deadlineMillis) + " ms late");
                            }
                        } else if (answer.status() != 409) {
                            throw new AssertionError(answer.toString());
                        }
                        price -= 1;
                    }
                    if (last != null) {
                        lastAcks.add(last);
                    }
                    return null;
                }));
            }
        }
        for (Future<?> client : clients) {
            client.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertTrue(lateAcceptances.isEmpty(), "accepted after the deadline: " + lateAcceptances);
        assertEquals(2 * LOTS, lastAcks.size(), "every client got at least its first bid in before the deadline");
        assertEquals((long) lastAcks.size(), Database.count("""
                select count(*) from bid b join lot l on l.id = b.lot_id where l.demand_id = ?::uuid""", demandId),
                "no bid exists that was not acknowledged");
        for (Ack ack : lastAcks) {
            List<Object> stored = Database.column("select version || ':' || unit_price_idr from bid where id = ?::uuid", ack.bidId());
            assertEquals(List.of(ack.version() + ":" + ack.price()), stored, "the last acknowledged revision is the stored one");
        }
    }

    private static void sleepUntil(long epochMillis) {
        long wait = epochMillis - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
