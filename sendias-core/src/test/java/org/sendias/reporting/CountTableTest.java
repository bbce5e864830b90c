package org.sendias.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendias.InvalidInputException;

/** Count tables: derived totals, tallying, validation. */
class CountTableTest {

    private static String field(Runnable r) {
        return assertThrows(InvalidInputException.class, r::run).field();
    }

    @Test
    void totalsAreDerivedWithNotStatedInRowAndGrandTotalsOnly() {
        CountTable t = CountTable.builder(List.of("q1", "q2"), List.of("education", "health"))
            .count("q1", "education", 7).count("q1", "health", 3).notStated("q1", 2)
            .count("q2", "education", 1).add("q2", "health").add("q2", "health").addNotStated("q2")
            .build();
        assertEquals(12, t.rowTotal("q1"));
        assertEquals(4, t.rowTotal("q2"));
        assertEquals(8, t.columnTotal("education"));
        assertEquals(5, t.columnTotal("health"));
        assertEquals(3, t.notStatedTotal());
        assertEquals(16, t.grandTotal());
        assertEquals(2, t.count("q2", "health"));
        assertEquals(List.of("q1", "q2"), t.rowLabels());
        assertFalse(t.toString().contains("7"), "no counts in toString beyond the grand total");
    }

    @Test
    void tallyingOrderDoesNotMatter() {
        CountTable.Builder a = CountTable.builder(List.of("all"), List.of("x", "y"));
        CountTable.Builder b = CountTable.builder(List.of("all"), List.of("x", "y"));
        a.add("all", "x").add("all", "y").addNotStated("all");
        b.addNotStated("all").add("all", "y").add("all", "x");
        assertEquals(a.build(), b.build());
        assertEquals(a.build().hashCode(), b.build().hashCode());
    }

    @Test
    void badInputNamesTheField() {
        assertEquals("rows", field(() -> CountTable.builder(null, List.of("x"))));
        assertEquals("rows", field(() -> CountTable.builder(List.of(), List.of("x"))));
        assertEquals("columns", field(() -> CountTable.builder(List.of("a"), List.of())));
        assertEquals("columns[1]", field(() -> CountTable.builder(List.of("a"), List.of("x", "Not A Code"))));
        assertEquals("rows[1]", field(() -> CountTable.builder(List.of("a", "a"), List.of("x"))));
        assertEquals("rows[0]", field(() -> CountTable.builder(Arrays.asList((String) null), List.of("x"))));
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= CountTable.MAX_LABELS; i++) {
            many.add("c" + i);
        }
        assertEquals("columns", field(() -> CountTable.builder(List.of("a"), many)));
        CountTable.Builder b = CountTable.builder(List.of("a", "b"), List.of("x", "y"));
        assertEquals("counts[1][0]", field(() -> b.count("b", "x", -1)));
        assertEquals("notStated[1]", field(() -> b.notStated("b", -1)));
        assertEquals("row", field(() -> b.count("c", "x", 1)));
        assertEquals("column", field(() -> b.add("a", "z")));
        assertEquals("row", field(() -> b.build().rowTotal("zz")));
        b.count("a", "x", Long.MAX_VALUE).count("b", "x", 1);
        assertEquals("counts", field(b::build));
    }

    @Test
    void unknownLabelMessagesCarryOnlyCodes() {
        CountTable t = CountTable.builder(List.of("a"), List.of("x")).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> t.count("a", "Jane Smith"));
        assertFalse(e.getMessage().contains("Jane"), e.getMessage());
        assertEquals("column", e.field());
    }
}
