package org.sendias.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module's public surface, and that it needs nothing but core. */
class ModuleTest {

    @Test
    void exportsTheGeneratorsAndTheKit_andRequiresOnlyCore_andJUnitOnlyStatically() {
        Module module = Gen.class.getModule();
        assertTrue(module.isNamed(), "sendias-testkit is a named module");
        ModuleDescriptor descriptor = module.getDescriptor();
        assertEquals("org.sendias.testkit", descriptor.name());
        assertEquals(Set.of("org.sendias.testkit.generators", "org.sendias.testkit.conformance"), descriptor.exports()
            .stream()
            .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertEquals(Set.of("java.base", "org.sendias.core", "org.junit.jupiter.api"), descriptor.requires().stream()
            .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
        assertTrue(descriptor.requires().stream().anyMatch(r -> r.name().equals("org.junit.jupiter.api")
            && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)), "JUnit is optional");
        assertTrue(descriptor.requires().stream().anyMatch(r -> r.name().equals("org.sendias.core")
            && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
        assertEquals(Set.of(), descriptor.opens());
    }
}
