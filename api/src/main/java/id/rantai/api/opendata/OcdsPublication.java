package id.rantai.api.opendata;

import id.rantai.api.db.ReadReplica;
import id.rantai.api.monitoring.MonitoringSettings;
import id.rantai.api.problem.ProblemException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Open data in OCDS 1.1: every published demand is a contracting process (one ocid), each of its stages a
 * release (see {@link ReleaseStage}); releases are listed by date in pages, and a record gathers one
 * process's releases with its compiled state. Nothing of a draft, and nothing of sealed bids.
 */
@Singleton
public class OcdsPublication {

    private final ContractingProcesses processes;
    private final OcdsSettings settings;
    private final Releases releases;

    OcdsPublication(ContractingProcesses processes, OcdsSettings settings, MonitoringSettings monitoring) {
        this.processes = processes;
        this.settings = settings;
        this.releases = new Releases(settings.ocidPrefix(), monitoring.zone());
    }

    /**
     * The releases since a time, of one buyer's demands and of one KBLI sector (a code or its first digits), each when
     * given. One snapshot for the whole page, so a demand that moves on meanwhile cannot contradict the list.
     */
    @Transactional(value = ReadReplica.NAME, readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public Ocds.ReleasePackage releases(Optional<OffsetDateTime> since, Optional<UUID> buyer, Optional<String> kbli, int page,
                                        int size, String baseUrl) {
        ContractingProcesses.Page listed = processes.releases(since, buyer, kbli, page, size);
        Map<UUID, Optional<ContractingProcess>> loaded = new HashMap<>();
        List<Ocds.Release> items = new ArrayList<>();
        for (ContractingProcesses.ReleaseRef ref : listed.releases()) {
            loaded.computeIfAbsent(ref.demandId(), processes::find)
                    .filter(p -> ref.stage().reachedAt(p).isPresent())
                    .ifPresent(p -> items.add(releases.release(p, ref.stage())));
        }
        String path = baseUrl + "/api/ocds/releases";
        String sinceQuery = since.map(s -> "&since=" + URLEncoder.encode(releases.date(s), StandardCharsets.UTF_8)).orElse("")
                + buyer.map(b -> "&buyer=" + b).orElse("") + kbli.map(k -> "&kbli=" + k).orElse("");
        String next = (long) (page + 1) * size < listed.total() ? path + "?page=" + (page + 1) + "&size=" + size + sinceQuery : null;
        String prev = page > 0 ? path + "?page=" + (page - 1) + "&size=" + size + sinceQuery : null;
        return new Ocds.ReleasePackage(path + "?page=" + page + "&size=" + size + sinceQuery, Ocds.VERSION, Ocds.EXTENSIONS,
                publishedDate(items), settings.publisher(), settings.license().orElse(null),
                settings.publicationPolicy().orElse(null), items, new Ocds.Links(next, prev));
    }

    @Transactional(value = ReadReplica.NAME, readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public Ocds.RecordPackage record(String ocid, String baseUrl) {
        ContractingProcess process = Ocid.demandOf(settings.ocidPrefix(), ocid).flatMap(processes::find)
                .orElseThrow(() -> ProblemException.notFound("Contracting process"));
        List<Ocds.Release> all = releases.stages(process).stream().map(s -> releases.release(process, s)).toList();
        Ocds.Record record = new Ocds.Record(releases.ocid(process.demandId()), all, releases.compiled(process));
        return new Ocds.RecordPackage(baseUrl + "/api/ocds/records/" + record.ocid(), Ocds.VERSION, Ocds.EXTENSIONS,
                publishedDate(all), settings.publisher(), settings.license().orElse(null),
                settings.publicationPolicy().orElse(null), List.of(record));
    }

    /** The date of the newest release in the package: the package is made on request, so its data's last change. */
    private String publishedDate(List<Ocds.Release> items) {
        return items.stream().map(Ocds.Release::date).map(OffsetDateTime::parse).max(OffsetDateTime::compareTo)
                .map(releases::date).orElseGet(() -> releases.date(OffsetDateTime.now(ZoneOffset.UTC)));
    }
}
