package org.sendias.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.sendias.InvalidInputException;
import org.sendias.UserId;
import org.sendias.casework.CaseCommand.AddNote;
import org.sendias.casework.Note;
import org.sendias.casework.NoteId;
import org.sendias.consent.Recipient;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;

class TextsTest {

    private static final Map<String, Gen<String>> BOUNDED = Map.of(
        "personNames", Texts.personNames(),
        "organisationNames", Texts.organisationNames(),
        "hostile", Texts.hostile(),
        "hostile(2)", Texts.hostile(2),
        "text(300)", Texts.text(300),
        "notes", Texts.notes());

    private static int limit(String name) {
        return switch (name) {
            case "personNames", "organisationNames" -> Party.MAX_NAME_LENGTH;
            case "hostile" -> Texts.SHORT_TEXT_LENGTH;
            case "hostile(2)" -> 2;
            case "text(300)" -> 300;
            default -> Note.MAX_LENGTH;
        };
    }

    @Test
    void everyGenerator_givesTextCoreAccepts_neverBlankNorTooLongNorBroken() {
        BOUNDED.forEach((name, gen) -> {
            for (String s : Samples.draw(gen, 300)) {
                assertFalse(s.isBlank(), name);
                assertTrue(s.length() <= limit(name), name + " gave " + s.length() + " characters");
                assertFalse(Samples.hasLoneSurrogate(s), name);
                assertFalse(s.contains("\u0000"), name);
            }
        });
    }

    @Test
    void personNames_buildParties_andFavourTheAwkwardOnes() {
        List<String> names = Samples.draw(Texts.personNames(), 300);
        names.forEach(n -> Party.person(PartyRole.PARENT, n));
        assertTrue(names.stream().anyMatch(n -> n.contains("'") || n.contains("’")), "an apostrophe");
        assertTrue(names.stream().anyMatch(n -> n.matches(".*\\p{L}-\\p{L}.*")), "a hyphenated name");
        assertTrue(names.stream().anyMatch(n -> n.matches(".*\\bMa?c.*")), "Mc or Mac");
        assertTrue(names.stream().anyMatch(n -> n.chars().anyMatch(c -> "éöüñłçøåšžčřő".indexOf(c) >= 0)), "accents");
        assertTrue(names.stream().anyMatch(Samples::hasRightToLeft), "right-to-left");
        assertTrue(names.stream().anyMatch(Samples::hasEmoji), "an emoji");
        assertTrue(names.stream().anyMatch(n -> n.length() == Party.MAX_NAME_LENGTH), "the longest name");
        assertTrue(names.stream().anyMatch(n -> n.codePointCount(0, n.length()) == 1), "a one-letter name");
        assertTrue(names.stream().filter(n -> n.matches("(Mohammed|Muhammad|Mohamed|Mohammad|Muhammed|Mehmet) .*"))
            .map(n -> n.split(" ")[0]).distinct().count() >= 2, "transliterations of one name");
    }

    @Test
    void organisationNames_buildOrganisationsAndRecipients() {
        for (String name : Samples.draw(Texts.organisationNames(), 300)) {
            Party.organisation(OrganisationKind.SCHOOL, name, null);
            Recipient.of(OrganisationKind.SCHOOL, name);
        }
    }

    @Test
    void hostile_containsSqlQuotesSemicolonsControlsEmojiAndRightToLeft() {
        List<String> texts = Samples.draw(Texts.hostile(), 1, 1000);
        assertTrue(texts.stream().anyMatch(t -> t.contains("DROP TABLE")), "SQL");
        assertTrue(texts.stream().anyMatch(t -> t.contains("'")), "a quote");
        assertTrue(texts.stream().anyMatch(t -> t.contains(";")), "a semicolon");
        assertTrue(texts.stream().anyMatch(t -> t.contains("\\")), "a backslash");
        assertTrue(texts.stream().anyMatch(Samples::hasUnusualControl), "a control character");
        assertTrue(texts.stream().anyMatch(t -> t.contains("\u202E")), "a right-to-left override");
        assertTrue(texts.stream().anyMatch(Samples::hasEmoji), "an emoji");
        assertTrue(texts.stream().anyMatch(Samples::hasRightToLeft), "right-to-left text");
        assertTrue(texts.stream().anyMatch(t -> t.length() == Texts.SHORT_TEXT_LENGTH), "the maximum length");
        assertTrue(texts.stream().anyMatch(t -> t.length() == 1), "a single character");
    }

    @Test
    void notes_buildNotes_andIncludeTheLongestAnd10000Characters() {
        List<String> texts = Samples.draw(Texts.notes(), 1, 300);
        UserId by = UserId.of("adviser-1");
        for (String text : texts) {
            new Note(new NoteId(new java.util.UUID(1, 2)), Instant.EPOCH, by, text, Optional.empty());
        }
        assertTrue(texts.stream().anyMatch(t -> t.length() == Note.MAX_LENGTH), "a note of the maximum length");
        assertTrue(texts.stream().anyMatch(t -> t.length() == 10_000), "a note of 10,000 characters");
        assertTrue(texts.stream().anyMatch(t -> t.contains("\r\n")), "CRLF line ends");
        assertTrue(texts.stream().anyMatch(t -> t.length() == 1), "a one-character note");
    }

    @Test
    void ofLength_isExact_neverSplitsAPair_andNeverStartsOrEndsWithSpace() {
        for (int length : new int[] {1, 2, 3, 99, 100, Party.MAX_NAME_LENGTH, Note.MAX_LENGTH}) {
            for (String s : Samples.draw(Texts.ofLength(length), 5)) {
                assertEquals(length, s.length());
                assertFalse(Samples.hasLoneSurrogate(s));
                assertEquals(s, s.strip());
            }
        }
        List<String> long1 = Samples.draw(Texts.ofLength(Note.MAX_LENGTH), 1, 3);
        assertTrue(long1.stream().allMatch(s -> Samples.hasEmoji(s) && Samples.hasRightToLeft(s)));
    }

    @Test
    void nulAndLoneSurrogates_areRefusedByCoreAsANoteTextAndAsAPartyName() {
        List<String> texts = new ArrayList<>();
        for (int max : new int[] {Note.MAX_LENGTH, Party.MAX_NAME_LENGTH, 3, 2}) {
            List<String> drawn = Samples.draw(Texts.nulAndLoneSurrogates(max), 100);
            assertTrue(drawn.stream().allMatch(t -> t.length() <= max), "at most " + max);
            texts.addAll(drawn);
        }
        assertTrue(texts.stream().anyMatch(t -> t.contains("\u0000")), "U+0000");
        assertTrue(texts.stream().anyMatch(Samples::hasLoneSurrogate), "an unpaired surrogate");
        UserId by = UserId.of("adviser-1");
        for (String text : texts) {
            assertRefused("text", text, () -> new AddNote(text, Optional.empty(), by));
            assertRefused("note.text", text, () -> new Note(NoteId.random(), Instant.EPOCH, by, text,
                Optional.empty()));
            assertRefused("party.name", text, () -> Party.person(PartyRole.CARER, text));
            assertRefused("party.name", text, () -> Party.child(text, LocalDate.of(2014, 5, 20)));
        }
    }

    private static void assertRefused(String field, String text, Executable build) {
        InvalidInputException e = assertThrows(InvalidInputException.class, build, field);
        assertEquals(field, e.field());
        assertFalse(e.getMessage().contains(text), "the message quotes the text");
    }

    /** Every public generator in {@link Texts} but {@link Texts#nulAndLoneSurrogates(int)}, with its limits. */
    private static Map<String, Gen<String>> everyOtherGenerator() throws ReflectiveOperationException {
        Map<String, Gen<String>> gens = new TreeMap<>();
        for (Method m : Texts.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || !Modifier.isStatic(m.getModifiers())
                    || m.getReturnType() != Gen.class || m.getName().equals("nulAndLoneSurrogates")) {
                continue;
            }
            if (m.getParameterCount() == 0) {
                gens.put(m.getName() + "()", generator(m));
            } else {
                assertEquals(List.of(int.class), List.of(m.getParameterTypes()), m.getName());
                for (int n : new int[] {2, 3, 7, Texts.SHORT_TEXT_LENGTH, Party.MAX_NAME_LENGTH, 2000}) {
                    gens.put(m.getName() + "(" + n + ")", generator(m, n));
                }
            }
        }
        return gens;
    }

    @SuppressWarnings("unchecked")
    private static Gen<String> generator(Method m, Object... args) throws ReflectiveOperationException {
        return (Gen<String>) m.invoke(null, args);
    }

    @Test
    void noOtherGenerator_givesU0000OrAnUnpairedSurrogate() throws ReflectiveOperationException {
        Map<String, Gen<String>> gens = everyOtherGenerator();
        assertTrue(gens.keySet().containsAll(List.of("hostile()", "hostile(100)", "notes()", "personNames()",
            "organisationNames()", "ofLength(2)", "ofLength(2000)", "controlCharacters()", "text(7)", "emoji()",
            "rightToLeft()", "sqlFragments()")), gens.keySet().toString());
        gens.forEach((name, gen) -> {
            SplittableRandom random = new SplittableRandom(20_260_302L);
            for (int i = 0; i < 3000; i++) {
                String s = gen.next(random);
                assertFalse(s.indexOf('\u0000') >= 0, name + " gave U+0000");
                assertFalse(Samples.hasLoneSurrogate(s), name + " gave an unpaired surrogate");
            }
        });
    }

    @Test
    void sameSeed_givesTheSameTexts() {
        BOUNDED.forEach((name, gen) -> assertTrue(Samples.reproducible(gen, s -> s), name));
    }
}
