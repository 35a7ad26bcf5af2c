package id.rantai.api.search;

import id.rantai.api.auth.Role;
import id.rantai.api.idempotency.Idempotent;
import id.rantai.api.problem.ProblemException;
import id.rantai.search.index.ReindexProgress;
import id.rantai.search.index.ReindexReport;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

/**
 * {@code POST /api/admin/reindex} (ADMIN): rebuilds every index from PostgreSQL into new indices and swaps
 * the aliases, so searches never see a half-built index; {@code GET /api/admin/reindex/{id}} reports progress.
 * The last 20 jobs are remembered.
 */
@Controller("/api/admin/reindex")
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "search")
@SecurityRequirement(name = "bearer")
class ReindexController {

    private static final int REMEMBERED = 20;

    private final SearchIndexing indexing;
    private final ExecutorService executor;
    private final Map<UUID, Job> jobs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Job> eldest) {
            return size() > REMEMBERED;
        }
    };

    ReindexController(SearchIndexing indexing, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.indexing = indexing;
        this.executor = executor;
    }

    @Serdeable
    record Progress(String index, String phase, long indexed, long expected) {
    }

    @Serdeable
    record Job(UUID id, String status, Instant startedAt, Instant finishedAt, List<Progress> progress, String error) {
    }

    @Post
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, required = true, description = Idempotent.REQUIRED,
            schema = @Schema(type = "string", minLength = 1, maxLength = 255))
    HttpResponse<Job> start() {
        UUID id = UUID.randomUUID();
        List<Progress> progress = java.util.Collections.synchronizedList(new ArrayList<>());
        Instant started = Instant.now();
        put(new Job(id, "RUNNING", started, null, progress, null));
        executor.submit(() -> {
            try {
                List<ReindexReport> reports = indexing.rebuildAll(p -> record(progress, p));
                put(new Job(id, "DONE", started, Instant.now(), progress, null));
                return reports;
            } catch (RuntimeException e) {
                put(new Job(id, "FAILED", started, Instant.now(), progress, e.getMessage()));
                return List.of();
            }
        });
        return HttpResponse.accepted().body(get(id));
    }

    @Get("/{id}")
    Job get(@PathVariable UUID id) {
        synchronized (jobs) {
            Job job = jobs.get(id);
            if (job == null) {
                throw ProblemException.notFound("Reindex job");
            }
            return new Job(job.id(), job.status(), job.startedAt(), job.finishedAt(), List.copyOf(job.progress()), job.error());
        }
    }

    private void put(Job job) {
        synchronized (jobs) {
            jobs.put(job.id(), job);
        }
    }

    private static void record(List<Progress> progress, ReindexProgress p) {
        progress.add(new Progress(p.index(), p.phase().name(), p.indexed(), p.expected()));
    }
}
