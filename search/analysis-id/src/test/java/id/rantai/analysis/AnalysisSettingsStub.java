package id.rantai.analysis;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * Builds a component's settings interface the way Elasticsearch does: a proxy that answers each method
 * from the annotated path, falling back to the annotated default (an empty list for list settings). So a
 * test also exercises the paths and defaults written on the interface.
 */
final class AnalysisSettingsStub {

    private AnalysisSettingsStub() {
    }

    static <T> T defaults(Class<T> settingsInterface) {
        return of(settingsInterface, Map.of());
    }

    static <T> T of(Class<T> settingsInterface, Map<String, Object> values) {
        Object proxy = Proxy.newProxyInstance(settingsInterface.getClassLoader(), new Class<?>[] {settingsInterface},
                (self, method, args) -> {
                    IntSetting intSetting = method.getAnnotation(IntSetting.class);
                    if (intSetting != null) {
                        return values.getOrDefault(intSetting.path(), intSetting.defaultValue());
                    }
                    BooleanSetting booleanSetting = method.getAnnotation(BooleanSetting.class);
                    if (booleanSetting != null) {
                        return values.getOrDefault(booleanSetting.path(), booleanSetting.defaultValue());
                    }
                    StringSetting stringSetting = method.getAnnotation(StringSetting.class);
                    if (stringSetting != null) {
                        return values.getOrDefault(stringSetting.path(), stringSetting.defaultValue());
                    }
                    ListSetting listSetting = method.getAnnotation(ListSetting.class);
                    if (listSetting != null) {
                        return values.getOrDefault(listSetting.path(), List.of());
                    }
                    throw new IllegalArgumentException(method + " has no setting annotation");
                });
        return settingsInterface.cast(proxy);
    }
}
