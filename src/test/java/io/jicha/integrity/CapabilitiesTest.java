package io.jicha.integrity;

import io.jicha.session.Capabilities;
import io.jicha.session.Capability;
import io.jicha.session.EventCatalogue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry of capabilities against the code's XxxEvents constants and docs/journal.md's catalogue. */
class CapabilitiesTest {

    /** A row of the catalogue: | `type` | owner/Class … |. */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z][a-z0-9.-]*)` \\| ([a-z]+)/");

    /** The XxxEvents constants of the main code (read once: reading the classes is slow). */
    private static final Map<String, Class<?>> DECLARED = EventCatalogue.owners();

    @Test
    void everyDeclaredTypeIsRegisteredWithAPayloadRecordAndEveryCapabilityHasAProjection() {
        assertThat(Capabilities.eventTypes()).allSatisfy((type, payload) -> assertThat(payload.isRecord())
                .as(type + " → " + payload).isTrue());
        assertThat(Capabilities.eventTypes().keySet()).containsExactlyInAnyOrderElementsOf(DECLARED.keySet());
        assertThat(Capabilities.all()).allSatisfy(c -> assertThat(c.projections()).isNotEmpty());
    }

    @Test
    void eachCapabilityDeclaresOnlyTypesOfItsOwnPackage() {
        for (Capability c : Capabilities.all()) {
            String pkg = c.getClass().getPackageName();
            assertThat(c.name()).isEqualTo(pkg.substring(pkg.lastIndexOf('.') + 1));
            c.events().keySet().forEach(type -> assertThat(DECLARED.get(type).getPackageName())
                    .as(type).isEqualTo(pkg));
        }
    }

    @Test
    void theJournalDocsCatalogueListsExactlyTheRegisteredTypesWithTheirOwners() throws IOException {
        String doc = Files.readString(Path.of("docs/journal.md"), StandardCharsets.UTF_8);
        String catalogue = doc.substring(doc.indexOf("## Event catalogue"), doc.indexOf("### Payload versions"));
        Map<String, String> documented = new LinkedHashMap<>();
        for (String line : catalogue.lines().toList()) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                documented.put(m.group(1), m.group(2));
            }
        }
        Map<String, String> registered = new LinkedHashMap<>();
        for (Capability c : Capabilities.all()) {
            c.events().keySet().forEach(type -> registered.put(type, c.name()));
        }
        assertThat(documented).isEqualTo(registered);
    }
}
