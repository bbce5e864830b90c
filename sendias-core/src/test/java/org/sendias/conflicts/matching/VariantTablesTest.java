package org.sendias.conflicts.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The curated tables of given-name variants and transliterations: loaded, well formed, symmetric. */
class VariantTablesTest {

    private final NameMatcher matcher = NameMatcher.standard();
    private final VariantTable givenNames = matcher.givenNameTable();
    private final VariantTable transliterations = matcher.transliterationTable();

    @Test
    void theGivenNameTableHasAtLeast80Groups() {
        assertTrue(givenNames.groups().size() >= 80, "groups: " + givenNames.groups().size());
    }

    @Test
    void theTransliterationTableHasAtLeast30Groups() {
        assertTrue(transliterations.groups().size() >= 30, "groups: " + transliterations.groups().size());
    }

    @Test
    void theGroupsTheBriefNamesAreThere() {
        for (List<String> names : List.of(List.of("bill", "william", "will", "billy", "liam"),
                List.of("liz", "beth", "betty", "elizabeth", "eliza", "lizzie"),
                List.of("peggy", "maggie", "meg", "margaret"), List.of("bob", "rob", "robert"),
                List.of("dick", "rick", "richard"), List.of("jim", "james", "jamie"),
                List.of("jack", "john", "jon", "johnny"), List.of("sue", "susan", "suzanne"),
                List.of("ted", "edward", "ed", "eddie", "ned"), List.of("harry", "henry", "hal"),
                List.of("polly", "molly", "mary"))) {
            assertAllShareAGroup(givenNames, names);
        }
        for (List<String> names : List.of(List.of("mohammed", "muhammad", "mohamed", "mohammad", "muhammed", "mohd"),
                List.of("yusuf", "yousef", "youssef", "yosef"), List.of("ahmed", "ahmad"),
                List.of("hussain", "hussein", "husain"), List.of("fatima", "fatimah", "fatma"),
                List.of("aisha", "ayesha", "aysha"), List.of("sergei", "sergey"), List.of("yuri", "yury", "iurii"),
                List.of("mykola", "nikolai"), List.of("zhang", "chang"), List.of("jozef", "josef"))) {
            assertAllShareAGroup(transliterations, names);
        }
    }

    private static void assertAllShareAGroup(VariantTable table, List<String> names) {
        for (String a : names) {
            for (String b : names) {
                assertTrue(table.sharedGroup(a, b) >= 0, a + " and " + b);
            }
        }
    }

    @Test
    void bothTablesAreSymmetric() {
        for (VariantTable table : List.of(givenNames, transliterations)) {
            for (String a : table.names()) {
                for (String b : table.names()) {
                    assertEquals(table.sharedGroup(a, b) >= 0, table.sharedGroup(b, a) >= 0, a + " and " + b);
                }
            }
        }
    }

    @Test
    void everyPairInAGivenNameGroupMatchesAsNicknamesWithTheSameSurname() {
        for (VariantTable.Group group : givenNames.groups()) {
            for (String a : group.names()) {
                for (String b : group.names()) {
                    if (!Text.normaliseWord(a).equals(Text.normaliseWord(b))) {
                        MatchEvidence evidence = matcher.matchPeople(a + " Hargreaves", b + " Hargreaves")
                            .orElseThrow(() -> new AssertionError(a + " and " + b));
                        assertTrue(Set.of(MatchRule.NICKNAME, MatchRule.TRANSLITERATION).contains(evidence.rule()),
                            a + " and " + b + ": " + evidence);
                    }
                }
            }
        }
    }

    @Test
    void everyPairInATransliterationGroupMatches() {
        for (VariantTable.Group group : transliterations.groups()) {
            for (String a : group.names()) {
                for (String b : group.names()) {
                    if (!Text.normaliseWord(a).equals(Text.normaliseWord(b))) {
                        assertEquals(MatchRule.TRANSLITERATION,
                            matcher.matchPeople(a + " Whitfield", b + " Whitfield").orElseThrow().rule(), a + b);
                        assertTrue(matcher.matchPeople("Sam " + a, "Sam " + b).isPresent(), "surnames " + a + b);
                    }
                }
            }
        }
    }

    @Test
    void tablesAreReadAsUtf8() {
        assertTrue(transliterations.names().contains("krystof"), "Kryštof, folded");
        assertTrue(transliterations.sharedGroup("jozef", "iosif") >= 0, "Józef, folded");
    }

    @Test
    void aMalformedTableIsRefused() {
        assertThrows(IllegalStateException.class, () -> VariantTable.of("t", List.of("Bill, bill")));
        assertThrows(IllegalStateException.class, () -> VariantTable.of("t", List.of("William")));
        assertThrows(IllegalStateException.class, () -> VariantTable.of("t", List.of("William: , Bill")));
        assertThrows(IllegalStateException.class, () -> VariantTable.load("no-such-table.txt"));
    }

    @Test
    void commentsAndBlankLinesAreSkipped() {
        VariantTable table = VariantTable.of("t", List.of("# a comment", "", "William: Bill, Will"));
        assertEquals(1, table.groups().size());
        assertEquals(Set.of("william", "bill", "will"), table.names().stream().collect(Collectors.toSet()));
        assertTrue(table.isFullForm(0, "william"));
        assertEquals("William", table.group(0).headword());
    }
}
