package id.rantai.api.catalogue;

import id.rantai.api.support.ApiTestSupport;
import java.util.Map;

/**
 * The catalogue's HTTP tests, on a random port: the configured 8080 may be taken by a running Rantai or by
 * another test JVM on the same machine, and the tests reach the server through its actual URL anyway.
 */
abstract class CatalogueApiTest extends ApiTestSupport {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("micronaut.server.port", "-1");
        return properties;
    }
}
