package org.sendias.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sendias.casework.CaseEvent;
import org.sendias.casework.CaseSnapshot;
import org.sendias.conflicts.RegisterEvent;
import org.sendias.consent.ConsentRecord;
import org.sendias.consent.SafeguardingDisclosure;
import org.sendias.deadline.ExceptionRecord;

/** The list of encrypted components stays true to the records, and events never carry what it covers. */
class FieldSealTest {

    @Test
    void everyCoveredComponentExists() {
        FieldSeal.COVERED.forEach((record, components) -> {
            Set<String> names = Stream.of(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
            assertTrue(names.containsAll(components), record.getSimpleName() + " lacks one of " + components);
        });
    }

    @Test
    void everyCoveredComponentIsReachableFromAStoredCase() {
        // the ledger, process histories and calendars are written by adapters; their records are roots too
        Set<String> reachable = covered(List.of(CaseSnapshot.class, ConsentRecord.class,
            SafeguardingDisclosure.class, ExceptionRecord.class));
        Set<String> listed = new HashSet<>();
        FieldSeal.COVERED.forEach((record, components) -> components.forEach(c -> listed.add(
            FieldSeal.field(record, c))));
        assertEquals(listed, reachable);
    }

    @Test
    void noEventCarriesAnEncryptedComponent() {
        // the outbox is read by a store's own Json, so events must hold nothing that field encryption would hide
        assertEquals(Set.of(), covered(List.of(CaseEvent.class, RegisterEvent.class)));
    }

    /** @return the covered components reachable from the roots, as field names */
    private static Set<String> covered(List<Class<?>> roots) {
        Set<String> found = new HashSet<>();
        Set<Class<?>> seen = new HashSet<>();
        List<Class<?>> todo = new ArrayList<>(roots);
        while (!todo.isEmpty()) {
            Class<?> type = todo.remove(todo.size() - 1);
            if (!seen.add(type) || !type.getName().startsWith("org.sendias")) {
                continue;
            }
            if (type.isSealed()) {
                todo.addAll(List.of(type.getPermittedSubclasses()));
            }
            if (!type.isRecord()) {
                continue;
            }
            for (RecordComponent c : type.getRecordComponents()) {
                if (FieldSeal.covers(type, c.getName())) {
                    found.add(FieldSeal.field(type, c.getName()));
                }
                classes(c.getGenericType(), todo);
            }
        }
        return found;
    }

    private static void classes(Type type, List<Class<?>> into) {
        if (type instanceof Class<?> c) {
            into.add(c);
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                classes(argument, into);
            }
        }
    }
}
