package id.rantai.web.support;

import id.rantai.infra.local.LocalServices;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;

/**
 * The application as the browser tests run it: the real PostgreSQL and Elasticsearch of this test JVM, the demo
 * dataset, a fixed token secret (so the tests can also call the API) and a random port.
 */
public interface WebTestApplication extends TestPropertyProvider {

    String JWT_SECRET = "web-test-secret-web-test-secret-web-test-secret-0123";

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        LocalServices.shared().micronautProperties().forEach((k, v) -> properties.put(k, String.valueOf(v)));
        properties.put("rantai.jwt.secret", JWT_SECRET);
        properties.put("rantai.demo.enabled", "true");
        properties.put("micronaut.server.port", "-1");
        return properties;
    }
}
