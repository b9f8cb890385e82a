package io.jicha.support;

import io.jicha.common.Texts;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tests that read terminal texts in the test JVM expect English whatever the machine's locale:
 * this extension (registered for every test class through META-INF/services and
 * junit-platform.properties) chooses English unless JICHA_LANG asks for another language. Child
 * processes get JICHA_LANG=en from {@link JichaProcess} in the same way.
 */
public class EnglishTerminal implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        String lang = System.getenv("JICHA_LANG");
        if (lang == null || lang.isBlank()) {
            Texts.use(Texts.Lang.EN);
        }
    }
}
