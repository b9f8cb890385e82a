package io.jicha.session;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every event type the code declares: the {@code public static final String} constants of the
 * capabilities' {@code XxxEvents} classes (the one place each capability names its events),
 * read from the compiled classes so that a new capability's class is found without listing it.
 */
public final class EventCatalogue {

    /** What an event type looks like: lower-case words joined by dots, e.g. {@code finding.amended}. */
    static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

    private EventCatalogue() {
    }

    /** Event type → the class declaring it. A type declared twice is an error. */
    public static Map<String, Class<?>> owners() {
        Map<String, Class<?>> owners = new TreeMap<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.jicha")) {
            if (!c.getSimpleName().endsWith("Events") || c.isNestedClass()) {
                continue;
            }
            Class<?> type = c.reflect();
            for (Field f : type.getDeclaredFields()) {
                int m = f.getModifiers();
                if (f.getType() == String.class && Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m)) {
                    try {
                        String value = (String) f.get(null);
                        if (!EVENT_TYPE.matcher(value).matches()) {
                            continue;
                        }
                        Class<?> before = owners.putIfAbsent(value, type);
                        if (before != null && before != type) {
                            throw new IllegalStateException(value + " is declared by " + before.getName()
                                    + " and " + type.getName());
                        }
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return owners;
    }

    /** Every declared event type, sorted. */
    public static java.util.Set<String> types() {
        return owners().keySet();
    }
}
