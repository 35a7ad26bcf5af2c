package id.rantai.web.layout;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

/** Every text of the pages comes from {@code i18n/messages_id.properties} (Bahasa Indonesia) and {@code messages_en.properties}. */
@Factory
class Messages {

    @Singleton
    MessageSource pageMessages() {
        return new ResourceBundleMessageSource("i18n.messages");
    }
}
