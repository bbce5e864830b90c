package org.sendias.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public generator factory that takes no arguments: 1,000 values from four seeds, each built without an
 * exception (every domain constructor validates), and the same values again from the same seeds.
 */
class EveryGeneratorTest {
    private static final List<Class<?>> AREAS = List.of(Texts.class, Dates.class, Ids.class, Parties.class,
        Cases.class, Consents.class, Equality.class, Advice.class, Registers.class, Processes.class);

    private static List<Method> factories() {
        List<Method> methods = new ArrayList<>();
        for (Class<?> area : AREAS) {
            for (Method m : area.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())
                        && m.getParameterCount() == 0 && m.getReturnType() == Gen.class) {
                    methods.add(m);
                }
            }
        }
        methods.sort(Comparator.comparing((Method m) -> m.getDeclaringClass().getSimpleName())
            .thenComparing(Method::getName));
        return methods;
    }

    @Test
    void everyAreaHasFactories() {
        for (Class<?> area : AREAS) {
            assertTrue(factories().stream().anyMatch(m -> m.getDeclaringClass() == area), area.getSimpleName());
        }
        assertTrue(factories().size() >= 30, "factories: " + factories().size());
    }

    @TestFactory
    Stream<DynamicTest> everyFactory_gives1000ValidValues_reproducibly() {
        return factories().stream().map(m -> DynamicTest.dynamicTest(m.getDeclaringClass().getSimpleName() + "."
            + m.getName(), () -> {
                Gen<?> gen = (Gen<?>) m.invoke(null);
                List<?> values = Samples.draw(gen, 250);
                assertEquals(1000, values.size());
                assertTrue(values.stream().allMatch(v -> v != null));
                assertTrue(Samples.reproducible(gen, String::valueOf), "same seed, same values");
            }));
    }
}
