package id.rantai.api.search;

import id.rantai.api.auth.Role;
import id.rantai.api.idempotency.Idempotent;
import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import id.rantai.search.index.ReindexProgress;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/admin/reindex} (ADMIN): rebuilds every index from PostgreSQL into new indices and swaps
 * the aliases, so searches never see a half-built index; {@code GET /api/admin/reindex/{id}} reports progress.
 * The last 20 jobs are remembered.
 *
 * <p>The job runs on a thread of its own that carries nothing of the request (no request transaction, no
 * connection: the request's are closed when it answers) and reads PostgreSQL in a transaction of its own.
 * One reindex at a time: while one runs, here or on another instance, or the start-up indexing runs (a PostgreSQL
 * advisory lock held by the job's transaction), a start answers 409. The request takes no body: one with a body is refused with 400 and
 * starts nothing, so a client that thinks it passes options learns that it does not.
 */
@Controller("/api/admin/reindex")
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "search")
@SecurityRequirement(name = "bearer")
class ReindexController {

    private static final Logger LOG = LoggerFactory.getLogger(ReindexController.class);
    private static final int REMEMBERED = 20;

    private final SearchIndexing indexing;
    private final Duration lockWait;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "rantai-reindex");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<UUID> running = new AtomicReference<>();
    private final Map<UUID, Job> jobs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Job> eldest) {
            return size() > REMEMBERED;
        }
    };

    ReindexController(SearchIndexing indexing, @Value("${rantai.search.reindex.lock-wait:30s}") Duration lockWait) {
        this.indexing = indexing;
        this.lockWait = lockWait;
    }

    @Serdeable
    record Progress(String index, String phase, long indexed, long expected) {
    }

    @Serdeable
    record Job(UUID id, String status, Instant startedAt, Instant finishedAt, List<Progress> progress, String error) {
    }

    @Post
    @Idempotent
    @Operation(summary = "Rebuild every search index from PostgreSQL (one at a time: 409 while one runs; no body)")
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, required = true, description = Idempotent.REQUIRED,
            schema = @Schema(type = "string", minLength = 1, maxLength = 255))
    HttpResponse<Job> start(HttpRequest<?> request) {
        if (request.getContentLength() > 0 || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "bad-request",
                    "POST /api/admin/reindex takes no body: it always rebuilds every index; send the request without one");
        }
        UUID id = UUID.randomUUID();
        UUID other = running.compareAndExchange(null, id);
        if (other != null) {
            throw new AlreadyRunning(other);
        }
        List<Progress> progress = Collections.synchronizedList(new ArrayList<>());
        Instant started = Instant.now();
        CompletableFuture<Boolean> locked = new CompletableFuture<>();
        put(new Job(id, "RUNNING", started, null, progress, null));
        try {
            executor.execute(() -> run(id, started, progress, locked));
        } catch (RuntimeException e) {
            running.set(null);
            forget(id);
            throw e;
        }
        boolean ours;
        try {
            ours = locked.get(lockWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // the job will report its own failure; the client follows it like any other
            ours = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ours = true;
        }
        if (!ours) {
            forget(id);
            throw new AlreadyRunning(null);
        }
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

    private void run(UUID id, Instant started, List<Progress> progress, CompletableFuture<Boolean> locked) {
        try {
            indexing.rebuildAll(locked::complete, p -> record(progress, p));
            if (Boolean.TRUE.equals(locked.getNow(false))) {
                put(new Job(id, "DONE", started, Instant.now(), progress, null));
            }
        } catch (RuntimeException e) {
            LOG.warn("Reindex {} failed", id, e);
            put(new Job(id, "FAILED", started, Instant.now(), progress, errorText(e)));
        } finally {
            locked.complete(true);
            running.compareAndSet(id, null);
        }
    }

    /** What failed, in words for the administrator; driver and client internals stay in the log. */
    static String errorText(RuntimeException e) {
        if (e instanceof SearchIndexing.RebuildFailed failed) {
            return failed.getMessage();
        }
        return "The reindex could not start: PostgreSQL did not answer (see the server log)";
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private void put(Job job) {
        synchronized (jobs) {
            jobs.put(job.id(), job);
        }
    }

    private void forget(UUID id) {
        synchronized (jobs) {
            jobs.remove(id);
        }
    }

    private static void record(List<Progress> progress, ReindexProgress p) {
        progress.add(new Progress(p.index(), p.phase().name(), p.indexed(), p.expected()));
    }

    /** 409 naming the running job (its id, and where to follow it) when it runs on this instance. */
    static final class AlreadyRunning extends ProblemException {

        private static final long serialVersionUID = 1L;

        private final UUID jobId;

        AlreadyRunning(UUID jobId) {
            super(HttpStatus.CONFLICT, "reindex-running", jobId == null
                    ? "The indices are already being rebuilt (by another instance, or the start-up indexing); try again when that has finished"
                    : "A reindex is already running (job " + jobId + "); follow it at /api/admin/reindex/" + jobId);
            this.jobId = jobId;
        }

        @Override
        @SuppressWarnings("unchecked")
        public HttpResponse<Problem> toResponse() {
            Problem problem = toProblem();
            MutableHttpResponse<RunningProblem> response = HttpResponse.<RunningProblem>status(HttpStatus.CONFLICT)
                    .contentType(Problem.MEDIA_TYPE)
                    .body(new RunningProblem(problem.type(), problem.title(), problem.status(), problem.detail(), jobId));
            if (jobId != null) {
                response.header(HttpHeaders.LOCATION, "/api/admin/reindex/" + jobId);
            }
            return (HttpResponse<Problem>) (HttpResponse<?>) response;
        }
    }

    /** The problem document of a 409, with the id of the running job ({@code jobId}) when this instance runs it. */
    @Serdeable
    record RunningProblem(String type, String title, int status, String detail, UUID jobId) {
    }
}
