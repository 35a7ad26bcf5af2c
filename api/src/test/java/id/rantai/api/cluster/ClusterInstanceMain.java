package id.rantai.api.cluster;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.concurrent.CountDownLatch;

/**
 * One application instance in a process of its own, configured by system properties, for {@link TwoInstancesIT}:
 * prints {@code READY <url> <pid>} once it serves requests, and runs until it is killed.
 */
public final class ClusterInstanceMain {

    private ClusterInstanceMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class);
        System.out.println("READY " + server.getURL() + " " + ProcessHandle.current().pid());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
