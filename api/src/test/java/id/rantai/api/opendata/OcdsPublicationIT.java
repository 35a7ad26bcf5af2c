package id.rantai.api.opendata;

import static id.rantai.api.support.Fixtures.bid;
import static id.rantai.api.support.Fixtures.demand;
import static id.rantai.api.support.Fixtures.inDays;
import static id.rantai.api.support.Fixtures.membersOf;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rantai.api.support.ApiTestSupport;
import id.rantai.api.support.Database;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The public OCDS publication over the demo data (every demand status) and demands made here: every release
 * is valid OCDS 1.1 with the lots, bids and partyDetails_scale extensions, and nothing is published that the
 * public may not see — no drafts, no sealed bids, no personal data.
 */
@MicronautTest(transactional = false)
class OcdsPublicationIT extends ApiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUBLIC_URL = "https://data.rantai.example";
    private final OcdsSchemas schemas = new OcdsSchemas();
    private String draft;
    private String open;
    private final List<String> sealedBids = new ArrayList<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
        properties.put("rantai.public-url", PUBLIC_URL + "/");
        return properties;
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    void demandsOfOurOwn() {
        String officer = login("officer.pln");
        draft = (String) post("/api/demands", officer, toJson(demand("OCDS: draft, never public", inDays(5), 1))).json().get("id");
        Answer created = post("/api/demands", officer, toJson(demand("OCDS: open with sealed bids", inDays(5), 1)));
        open = (String) created.json().get("id");
        String lot = (String) ((List<Map<String, Object>>) created.json().get("lots")).get(0).get("id");
        assertEquals(200, post("/api/demands/" + open + "/publish", officer, "").status());
        for (String cooperative : List.of("coop.sabut", "coop.mebel")) {
            Answer bid = post("/api/demands/" + open + "/lots/" + lot + "/bids", login(cooperative),
                    toJson(bid(300, 41_234, membersOf(cooperative))));
            assertEquals(201, bid.status(), bid.body());
            sealedBids.add((String) bid.json().get("id"));
        }
    }

    @Test
    void everyReleaseOnEveryPageIsValidOcdsWithTheExtensions() {
        List<JsonNode> releases = allReleases(50);
        assertTrue(releases.size() > 20, "the demo data publishes releases: " + releases.size());
        List<Executable> checks = new ArrayList<>();
        for (JsonNode release : releases) {
            checks.add(() -> assertEquals(Set.of(), schemas.releaseErrors(release), release.get("id").asText()));
        }
        assertAll(checks);
        Set<String> tags = releases.stream().map(r -> r.get("tag").get(0).asText()).collect(Collectors.toSet());
        assertEquals(Set.of("tender", "tenderUpdate", "tenderCancellation", "award", "contract"), tags,
                "the demo's statuses give every kind of release");
    }

    @Test
    void everyRecordIsValidAndHoldsTheReleasesOfTheList() {
        Map<String, List<JsonNode>> byOcid = new LinkedHashMap<>();
        allReleases(100).forEach(r -> byOcid.computeIfAbsent(r.get("ocid").asText(), o -> new ArrayList<>()).add(r));
        List<Executable> checks = new ArrayList<>();
        byOcid.forEach((ocid, listed) -> checks.add(() -> {
            JsonNode recordPackage = read(get("/api/ocds/records/" + ocid, null));
            assertEquals(Set.of(), schemas.recordPackageErrors(recordPackage), ocid);
            JsonNode record = recordPackage.get("records").get(0);
            assertEquals(ocid, record.get("ocid").asText());
            List<JsonNode> recorded = new ArrayList<>();
            record.get("releases").forEach(recorded::add);
            assertEquals(listed, recorded, "the record holds exactly the releases the list shows for " + ocid);
            JsonNode compiled = record.get("compiledRelease");
            assertEquals("compiled", compiled.get("tag").get(0).asText());
            JsonNode latest = recorded.get(recorded.size() - 1);
            assertEquals(latest.get("tender"), compiled.get("tender"), "compiled is the state of the latest release");
            assertEquals(latest.get("awards"), compiled.get("awards"));
        }));
        assertAll(checks);
    }

    @Test
    void releasesComeOldestFirstWithStableIdsAndSinceSkipsTheOlderOnes() {
        List<JsonNode> all = allReleases(100);
        List<OffsetDateTime> dates = all.stream().map(r -> OffsetDateTime.parse(r.get("date").asText())).toList();
        for (int i = 1; i < dates.size(); i++) {
            assertFalse(dates.get(i).isBefore(dates.get(i - 1)), "ordered by date at " + i);
        }
        Set<String> ids = new HashSet<>();
        all.forEach(r -> assertTrue(ids.add(r.get("ocid").asText() + " " + r.get("id").asText()), "unique " + r.get("id")));
        assertEquals(all.stream().map(r -> r.get("id")).toList(), allReleases(7).stream().map(r -> r.get("id")).toList(),
                "the same releases with the same ids whatever the page size");

        OffsetDateTime middle = dates.get(dates.size() / 2);
        Answer since = get("/api/ocds/releases?size=100&since=" + middle, null);
        assertEquals(200, since.status(), since.body());
        JsonNode page = read(since);
        List<JsonNode> newer = new ArrayList<>();
        page.get("releases").forEach(newer::add);
        List<JsonNode> expected = all.stream().filter(r -> !OffsetDateTime.parse(r.get("date").asText()).isBefore(middle)).toList();
        assertEquals(expected.stream().map(r -> r.get("id")).toList(), newer.stream().map(r -> r.get("id")).toList());
        assertTrue(page.get("uri").asText().contains("since="), "the package's uri names its own page");
    }

    @Test
    void aBuyerAndASectorNarrowTheReleasesAndThePagesKeepTheFilter() {
        String pln = (String) get("/api/me", login("officer.pln")).json().get("organizationId");
        List<JsonNode> all = allReleases(100);
        List<JsonNode> ofPln = releasesFrom("/api/ocds/releases?size=3&buyer=" + pln);
        assertEquals(all.stream().filter(r -> r.get("buyer").get("id").asText().equals(pln)).map(r -> r.get("id")).toList(),
                ofPln.stream().map(r -> r.get("id")).toList(), "the buyer's releases, page after page of 3");
        assertTrue(!ofPln.isEmpty() && ofPln.size() < all.size(), ofPln.size() + " of " + all.size());

        String sector = ((String) Database.value("select kbli from demand where id = ?::uuid", open)).substring(0, 2);
        Set<String> ofSector = Database.column("select 'ocds-rantai-' || id from demand where kbli like ? and published_at is not null",
                sector + "%").stream().map(String::valueOf).collect(Collectors.toSet());
        List<JsonNode> listed = releasesFrom("/api/ocds/releases?size=100&kbli=" + sector);
        assertEquals(all.stream().filter(r -> ofSector.contains(r.get("ocid").asText())).map(r -> r.get("id")).toList(),
                listed.stream().map(r -> r.get("id")).toList(), "the releases of KBLI " + sector + "xxx");
        assertTrue(listed.stream().anyMatch(r -> r.get("ocid").asText().endsWith(open)));
        assertEquals(400, get("/api/ocds/releases?kbli=3a", null).status());
        assertEquals(400, get("/api/ocds/releases?buyer=pln", null).status());
    }

    @Test
    void anOpenDemandWithBidsPublishesNothingAboutThem() {
        String ocid = "ocds-rantai-" + open;
        Answer record = get("/api/ocds/records/" + ocid, null);
        assertEquals(200, record.status(), record.body());
        JsonNode releases = read(record).get("records").get(0).get("releases");
        assertEquals(1, releases.size(), "only the tender");
        JsonNode tender = releases.get(0);
        assertEquals("tender", tender.get("tag").get(0).asText());
        assertEquals("active", tender.get("tender").get("status").asText());
        assertNull(tender.get("bids"), "no bids section at all before the deadline");
        assertNull(tender.get("tender").get("tenderers"));
        assertNull(tender.get("tender").get("numberOfTenderers"));
        assertEquals(1, tender.get("parties").size(), "the buyer only: bidders stay unknown");
        for (String secret : List.of(sealedBids.get(0), sealedBids.get(1), "41234", organizationName("coop.sabut"),
                organizationName("coop.mebel"))) {
            assertFalse(record.body().contains(secret), "the record reveals " + secret);
        }

        // and for every demand still sealed (OPEN, or CANCELLED before any opening), in the demo data too
        List<JsonNode> sealed = allReleases(100).stream()
                .filter(r -> List.of("OPEN", "CANCELLED").contains(statusOf(r.get("ocid").asText()))).toList();
        assertTrue(sealed.size() > 5, "the demo has open and cancelled demands with bids");
        assertAll(sealed.stream().map(r -> (Executable) () -> {
            assertNull(r.get("bids"), r.get("id").asText());
            assertNull(r.get("tender").get("tenderers"), r.get("id").asText());
            assertEquals(1, r.get("parties").size(), r.get("id").asText());
        }).toList());
    }

    @Test
    void draftsAndDemandsNeverPublishedDoNotExistInOpenData() {
        List<String> neverPublished = Database.column("select id::text from demand where published_at is null").stream()
                .map(String.class::cast).toList();
        assertTrue(neverPublished.contains(draft));
        assertTrue(neverPublished.size() > 3, "the demo's drafts and the demand cancelled as a draft");
        Set<String> listed = allReleases(100).stream().map(r -> r.get("ocid").asText()).collect(Collectors.toSet());
        List<Executable> checks = new ArrayList<>();
        for (String id : neverPublished) {
            checks.add(() -> assertFalse(listed.contains("ocds-rantai-" + id), id + " is listed"));
            checks.add(() -> assertEquals(404, get("/api/ocds/records/ocds-rantai-" + id, null).status(), id));
        }
        assertAll(checks);
    }

    @Test
    void noPersonalDataAndNoMemberMsmeIsNamed() {
        String everything = allReleases(100).toString();
        List<Object> owners = Database.column("""
                select distinct m.owner_name from msme m join bid_member bm on bm.msme_id = m.id where m.owner_name is not null""");
        List<Object> names = Database.column("select distinct m.name from msme m join bid_member bm on bm.msme_id = m.id");
        assertTrue(owners.size() > 10, "the demo's bids name MSMEs with owners");
        assertAll(owners.stream().map(o -> (Executable) () -> assertFalse(everything.contains(o.toString()), "owner " + o)).toList());
        assertAll(names.stream().map(n -> (Executable) () -> assertFalse(everything.contains("\"" + n + "\""), "MSME " + n)).toList());
    }

    @Test
    void aCompletedDemandPublishesBidsAwardsAndContractsInRupiah() {
        String demand = (String) Database.value("""
                select d.id::text from demand d where d.status = 'COMPLETED' and d.published_at is not null
                order by d.published_at limit 1""");
        JsonNode record = read(get("/api/ocds/records/ocds-rantai-" + demand, null)).get("records").get(0);
        List<String> tags = new ArrayList<>();
        record.get("releases").forEach(r -> tags.add(r.get("tag").get(0).asText()));
        assertEquals(List.of("tender", "tenderUpdate", "award", "contract"), tags);
        JsonNode compiled = record.get("compiledRelease");

        long liveBids = Database.count("""
                select count(*) from bid b join lot l on l.id = b.lot_id where l.demand_id = ?::uuid and b.status = 'SUBMITTED'""", demand);
        assertEquals(liveBids, compiled.get("bids").get("details").size());
        assertEquals(liveBids, statistic(compiled, "bids"));
        assertEquals(Database.count("""
                select count(distinct b.cooperative_id) from bid b join lot l on l.id = b.lot_id
                where l.demand_id = ?::uuid and b.status = 'SUBMITTED'""", demand), statistic(compiled, "bidders"));

        Map<String, BigInteger> awarded = Database.column("""
                select a.id::text || '=' || (a.quantity::numeric * a.unit_price_idr)::text from award a where a.demand_id = ?::uuid""", demand)
                .stream().map(String.class::cast).collect(Collectors.toMap(s -> s.split("=")[0], s -> new BigInteger(s.split("=")[1])));
        assertEquals(awarded.size(), compiled.get("awards").size());
        compiled.get("awards").forEach(a -> {
            assertEquals(awarded.get(a.get("id").asText()), a.get("value").get("amount").bigIntegerValue(), "award value");
            assertEquals("IDR", a.get("value").get("currency").asText());
            assertTrue(a.get("value").get("amount").isIntegralNumber(), "whole rupiah, as a number");
        });
        compiled.get("contracts").forEach(c -> {
            assertEquals("terminated", c.get("status").asText(), "completed contracts are no longer in force");
            assertEquals(awarded.get(c.get("awardID").asText()), c.get("value").get("amount").bigIntegerValue());
        });
        assertEquals("complete", compiled.get("tender").get("status").asText());

        Map<String, JsonNode> parties = new LinkedHashMap<>();
        compiled.get("parties").forEach(p -> parties.put(p.get("id").asText(), p));
        JsonNode buyer = parties.get(compiled.get("buyer").get("id").asText());
        assertEquals(List.of("buyer", "procuringEntity"), texts(buyer.get("roles")));
        compiled.get("awards").forEach(a -> {
            JsonNode supplier = parties.get(a.get("suppliers").get(0).get("id").asText());
            assertTrue(texts(supplier.get("roles")).containsAll(List.of("tenderer", "supplier")));
            assertTrue(List.of("micro", "small", "medium", "sme").contains(supplier.get("details").get("scale").asText()));
        });
    }

    @Test
    void openDataIsPublicAndBadRequestsAreClientProblems() {
        assertEquals(200, get("/api/ocds/releases", null).status());
        assertEquals(200, get("/api/ocds/releases", login("coop.sabut")).status(), "a login does not hurt");
        assertEquals(200, get("/api/ocds/releases?since=2025-03-01", null).status());
        assertEquals(200, get("/api/ocds/releases?since=2025-03-01T00:00:00%2B07:00", null).status());
        assertEquals(200, get("/api/ocds/releases?since=2025-03-01T00:00:00+07:00", null).status(), "an unencoded + arrives as a space");
        List<Executable> checks = new ArrayList<>();
        for (String query : List.of("since=yesterday", "since=2025-13-01", "since=0001-01-01", "size=0", "size=101", "page=-1",
                "page=x")) {
            checks.add(() -> {
                Answer answer = get("/api/ocds/releases?" + query, null);
                assertEquals(400, answer.status(), query + " → " + answer.body());
                assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
            });
        }
        for (String ocid : List.of("nothing", "ocds-rantai-" + UUID.randomUUID(), "ocds-other-" + open,
                "ocds-rantai-" + open.toUpperCase(), "ocds-rantai-1-2-3-4-5", "ocds-rantai-" + open + "x")) {
            checks.add(() -> {
                Answer answer = get("/api/ocds/records/" + ocid, null);
                assertEquals(404, answer.status(), ocid + " → " + answer.body());
                assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
            });
        }
        assertAll(checks);
        Answer empty = get("/api/ocds/releases?since=2999-01-01", null);
        assertEquals(200, empty.status());
        assertEquals(0, read(empty).get("releases").size(), "nothing that new");
    }

    @Test
    void publishedUrisComeFromTheConfiguredPublicUrlNeverFromRequestHeaders() throws Exception {
        String record = "/api/ocds/records/ocds-rantai-" + open;
        List<String> answers = new ArrayList<>();
        answers.add(rawGet(record, "Host: evil.example"));
        answers.add(rawGet(record, "Host: localhost", "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: gopher",
                "X-Forwarded-Port: 6666"));
        answers.add(rawGet(record, "Host: localhost", "Forwarded: host=evil.example;proto=http"));
        answers.add(rawGet("/api/ocds/releases?size=1", "Host: evil.example", "X-Forwarded-Host: evil.example"));
        List<Executable> checks = new ArrayList<>();
        for (String answer : answers) {
            checks.add(() -> assertTrue(answer.startsWith("HTTP/1.1 200"), answer));
            checks.add(() -> assertFalse(answer.contains("evil.example") || answer.contains("gopher") || answer.contains("6666"),
                    "no request header reaches the published data: " + answer));
        }
        assertAll(checks);
        JsonNode recordPackage = read(get(record, null));
        assertEquals(PUBLIC_URL + record, recordPackage.get("uri").asText());
        JsonNode releasePackage = read(get("/api/ocds/releases?size=1", null));
        assertTrue(releasePackage.get("uri").asText().startsWith(PUBLIC_URL + "/api/ocds/releases?"), releasePackage.toString());
        assertTrue(releasePackage.get("links").get("next").asText().startsWith(PUBLIC_URL + "/api/ocds/releases?"),
                releasePackage.toString());
    }

    /** A request with headers the JDK client refuses to send (Host), over a plain socket; the whole answer as text. */
    private String rawGet(String path, String... headers) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            socket.getOutputStream().write(request.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** All pages, following links.next, each package valid against the release package schema. */
    private List<JsonNode> allReleases(int size) {
        return releasesFrom("/api/ocds/releases?size=" + size);
    }

    /** Every release from the first page on, following the packages' next links. */
    private List<JsonNode> releasesFrom(String first) {
        List<JsonNode> releases = new ArrayList<>();
        String next = first;
        while (next != null) {
            JsonNode page = read(get(next, null));
            assertEquals(Set.of(), schemas.releasePackageErrors(page), next);
            assertEquals("1.1", page.get("version").asText());
            page.get("releases").forEach(releases::add);
            JsonNode link = page.get("links").get("next");
            next = link == null ? null : link.asText().substring(link.asText().indexOf("/api/"));
        }
        return releases;
    }

    private static long statistic(JsonNode release, String id) {
        for (JsonNode s : release.get("bids").get("statistics")) {
            if (s.get("id").asText().equals(id)) {
                return s.get("value").asLong();
            }
        }
        throw new AssertionError("no statistic " + id);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static String statusOf(String ocid) {
        return (String) Database.value("select status from demand where id = ?::uuid", ocid.substring("ocds-rantai-".length()));
    }

    private static String organizationName(String user) {
        return (String) Database.value("select o.name from organization o join app_user u on u.organization_id = o.id where u.username = ?", user);
    }

    private static JsonNode read(Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        try {
            return JSON.readTree(answer.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
