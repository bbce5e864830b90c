package org.sendias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sendias.deadline.Rule;

/** The public surface: which packages the module exports, and that internals stay internal. */
class PublicApiTest {

    @Test
    void onlyTheDocumentedPackagesAreExported() {
        Module module = Rule.class.getModule();
        assertTrue(module.isNamed(), "sendias-core is a named module");
        ModuleDescriptor descriptor = module.getDescriptor();
        Set<String> exported = new TreeSet<>();
        descriptor.exports().forEach(e -> {
            assertTrue(e.targets().isEmpty(), "no qualified exports: " + e);
            exported.add(e.source());
        });
        assertEquals(Set.of("org.sendias", "org.sendias.calendar", "org.sendias.deadline", "org.sendias.party",
            "org.sendias.casework", "org.sendias.consent", "org.sendias.impartiality", "org.sendias.equality",
            "org.sendias.spi", "org.sendias.memory", "org.sendias.conflicts", "org.sendias.conflicts.matching",
            "org.sendias.audit",
            "org.sendias.access",
            "org.sendias.service",
            "org.sendias.subjectaccess",
            "org.sendias.dataprotection",
            "org.sendias.encryption",
            "org.sendias.reporting"),
            exported);
        assertTrue(descriptor.packages().contains("org.sendias.internal"));
        assertEquals(Set.of(), descriptor.opens(), "nothing opened for reflection");
    }

    @Test
    void invalidInputMessagesNameTheFieldFirst() {
        InvalidInputException e = new InvalidInputException("events.REQUEST_RECEIVED", "a date is required");
        assertEquals("events.REQUEST_RECEIVED: a date is required", e.getMessage());
        assertEquals("[2].events.REQUEST_RECEIVED", e.within("[2]").field());
        assertEquals("[2]: x", new InvalidInputException("[2]", "x").getMessage());
        assertEquals("exceptions[0].reason", new InvalidInputException("reason", "p").within("exceptions[0]").field());
    }
}
