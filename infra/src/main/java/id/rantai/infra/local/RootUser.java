package id.rantai.infra.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** What it takes to run a child process as an unprivileged user when this JVM runs as root. */
final class RootUser {

    private RootUser() {
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static void ensureSystemUser(String user) throws IOException {
        if (run(List.of("id", "-u", user)) == 0) {
            return;
        }
        int exit = run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user));
        if (exit != 0 && run(List.of("id", "-u", user)) != 0) {
            throw new IOException("could not create the system user " + user + " (useradd exit " + exit + ")");
        }
    }

    static void chown(Path path, String user) throws IOException {
        if (run(List.of("chown", "-R", user + ":", path.toString())) != 0) {
            throw new IOException("could not chown " + path + " to " + user);
        }
    }

    private static int run(List<String> command) throws IOException {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + command, e);
        }
    }
}
