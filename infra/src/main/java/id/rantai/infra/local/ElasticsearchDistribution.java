package id.rantai.infra.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Elasticsearch distribution {@code org.elasticsearch.distribution.integ-test-zip:elasticsearch}
 * from Maven Central, unpacked once into a cache together with the given plugins. The unpacked home is
 * keyed by the plugins' checksums, so a rebuilt plugin gets a fresh home and an unchanged one is reused.
 */
final class ElasticsearchDistribution {

    static final String VERSION = "8.19.21";
    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchDistribution.class);
    private static final String ARTIFACT_PATH = "org/elasticsearch/distribution/integ-test-zip/elasticsearch/"
            + VERSION + "/elasticsearch-" + VERSION + ".zip";

    private ElasticsearchDistribution() {
    }

    /** Returns an Elasticsearch home with the plugins installed, building it under a lock if missing. */
    static Path home(Path cacheDir, List<Path> pluginZips, String javaHome) {
        try {
            Files.createDirectories(cacheDir);
            Path home = cacheDir.resolve("elasticsearch-" + VERSION + "-" + checksum(pluginZips).substring(0, 12));
            // several test JVMs may start at once: one builds the home, the others wait and reuse it
            try (FileChannel lockFile = FileChannel.open(cacheDir.resolve(".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = lockFile.lock();
                try {
                    return prepare(cacheDir, home, pluginZips, javaHome);
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the Elasticsearch distribution in " + cacheDir, e);
        }
    }

    private static Path prepare(Path cacheDir, Path home, List<Path> pluginZips, String javaHome) throws IOException {
        if (Files.exists(home.resolve(".ready"))) {
            return home;
        }
        long started = System.nanoTime();
        Path zip = distributionZip(cacheDir);
        Path building = Files.createTempDirectory(cacheDir, "building-");
        unzip(zip, building);
        Path unpacked = building.resolve("elasticsearch-" + VERSION);
        for (Path plugin : pluginZips) {
            installPlugin(unpacked, plugin, javaHome);
        }
        Files.writeString(unpacked.resolve(".ready"), "ok");
        deleteRecursively(home);
        Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
        deleteRecursively(building);
        LOG.info("Elasticsearch {} home with {} plugin(s) prepared in {} ms: {}", VERSION, pluginZips.size(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), home);
        return home;
    }

    /** The zip from the local Maven repository when the build already fetched it, else downloaded once. */
    private static Path distributionZip(Path cacheDir) throws IOException {
        Path m2 = Path.of(Settings.get("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository")).resolve(ARTIFACT_PATH);
        if (Files.isReadable(m2)) {
            return m2;
        }
        Path cached = cacheDir.resolve("elasticsearch-" + VERSION + ".zip");
        if (Files.isReadable(cached)) {
            return cached;
        }
        String repository = Settings.get("rantai.maven.repository", "https://repo.maven.apache.org/maven2");
        LOG.info("Downloading Elasticsearch {} from {}", VERSION, repository);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build();
        Path partial = Files.createTempFile(cacheDir, "download-", ".zip");
        try {
            HttpResponse<Path> zip = http.send(HttpRequest.newBuilder(URI.create(repository + "/" + ARTIFACT_PATH)).build(),
                    HttpResponse.BodyHandlers.ofFile(partial));
            HttpResponse<String> sha1 = http.send(HttpRequest.newBuilder(URI.create(repository + "/" + ARTIFACT_PATH + ".sha1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (zip.statusCode() != 200 || sha1.statusCode() != 200) {
                throw new IOException("download failed: HTTP " + zip.statusCode() + "/" + sha1.statusCode());
            }
            String expected = sha1.body().trim().split("\\s+")[0];
            String actual = digest("SHA-1", List.of(partial));
            if (!expected.equalsIgnoreCase(actual)) {
                throw new IOException("checksum mismatch for the Elasticsearch download: " + actual + " != " + expected);
            }
            Files.move(partial, cached, StandardCopyOption.ATOMIC_MOVE);
            return cached;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while downloading Elasticsearch", e);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void installPlugin(Path home, Path pluginZip, String javaHome) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/elasticsearch-plugin").toString(), "install", "--batch",
                pluginZip.toUri().toString())
                .redirectErrorStream(true);
        pb.environment().put("ES_JAVA_HOME", javaHome);
        pb.environment().remove("ES_JAVA_OPTS");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        try {
            if (p.waitFor() != 0) {
                throw new IOException("installing " + pluginZip + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while installing " + pluginZip, e);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            var entries = zipFile.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zipFile.getInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
                // Java's zip reader drops Unix modes: the launch scripts and native helpers must be executable
                String parent = out.getParent().getFileName().toString();
                if ("bin".equals(parent) && !entry.getName().endsWith(".bat") && !entry.getName().endsWith(".exe")) {
                    out.toFile().setExecutable(true, false);
                }
            }
        }
    }

    static String checksum(List<Path> files) {
        return digest("SHA-256", files);
    }

    private static String digest(String algorithm, List<Path> files) {
        try {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            List<Path> sorted = new ArrayList<>(files);
            for (Path file : sorted) {
                try (InputStream in = Files.newInputStream(file)) {
                    byte[] buffer = new byte[1 << 16];
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        md.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
