package id.rantai.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.junit.jupiter.api.Test;

/**
 * The hand-written {@code named_components.json} (written by hand because the installer's own class scan
 * runs out of heap) must list exactly the components in the code, under the interface each implements,
 * and every component must be constructible the way Elasticsearch constructs it.
 */
class PluginMetadataTest {

    private static final Path METADATA = Path.of("src/main/plugin-metadata");
    private static final Pattern EXTENSIBLE = Pattern.compile("\"([\\w.]+)\"\\s*:\\s*\\{([^}]*)}");
    private static final Pattern COMPONENT = Pattern.compile("\"([\\w.]+)\"\\s*:\\s*\"([\\w.]+)\"");

    @Test
    void namedComponentsListsEveryComponentUnderItsInterface() throws Exception {
        Map<String, String> listed = new TreeMap<>();
        Matcher extensibles = EXTENSIBLE.matcher(Files.readString(METADATA.resolve("named_components.json")));
        while (extensibles.find()) {
            Class<?> extensible = Class.forName(extensibles.group(1));
            Matcher components = COMPONENT.matcher(extensibles.group(2));
            while (components.find()) {
                Class<?> component = Class.forName(components.group(2));
                assertTrue(extensible.isAssignableFrom(component), component + " does not implement " + extensible);
                listed.put(components.group(1), component.getName());
            }
        }

        assertEquals(componentsInCode(), listed);
    }

    @Test
    void everyComponentHasOnePublicConstructorThatElasticsearchCanCall() throws Exception {
        for (String className : componentsInCode().values()) {
            Constructor<?>[] constructors = Class.forName(className).getConstructors();
            assertEquals(1, constructors.length, className);
            Constructor<?> constructor = constructors[0];
            if (constructor.getParameterCount() > 0) {
                assertNotNull(constructor.getAnnotation(Inject.class), className + " needs @Inject");
                for (Class<?> parameter : constructor.getParameterTypes()) {
                    assertNotNull(parameter.getAnnotation(AnalysisSettings.class), parameter + " needs @AnalysisSettings");
                }
            }
        }
    }

    @Test
    void theDescriptorNamesTheElasticsearchVersionTheApiWasBuiltFor() throws Exception {
        Properties descriptor = new Properties();
        try (Reader reader = Files.newBufferedReader(METADATA.resolve("stable-plugin-descriptor.properties"))) {
            descriptor.load(reader);
        }
        assertEquals("analysis-id", descriptor.getProperty("name"));
        assertEquals("${version.elasticsearch.server}", descriptor.getProperty("elasticsearch.version"));
        assertEquals("17", descriptor.getProperty("java.version"));
        assertEquals("false", descriptor.getProperty("modular"));
    }

    /** Component name to class, for every {@code @NamedComponent} class compiled from this module. */
    private static Map<String, String> componentsInCode() throws Exception {
        Path classes = Path.of("target/classes/id/rantai/analysis");
        Map<String, String> components = new HashMap<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String simpleName = file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName("id.rantai.analysis." + simpleName);
                NamedComponent named = type.getAnnotation(NamedComponent.class);
                if (named != null) {
                    components.put(named.value(), type.getName());
                }
            }
        }
        assertTrue(components.size() >= 6, "found only " + components);
        return new TreeMap<>(components);
    }
}
