package org.sendias.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendias.UserId;
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
    void nulAndLoneSurrogates_areTextCoreAcceptsButDatabasesMayNot() {
        List<String> texts = Samples.draw(Texts.nulAndLoneSurrogates(Note.MAX_LENGTH), 1, 100);
        assertTrue(texts.stream().anyMatch(t -> t.contains("\u0000")));
        assertTrue(texts.stream().anyMatch(Samples::hasLoneSurrogate));
        texts.forEach(t -> Party.person(PartyRole.CARER, t));
        assertTrue(Samples.draw(Texts.nulAndLoneSurrogates(2), 50).stream().allMatch(t -> t.length() <= 2));
    }

    @Test
    void sameSeed_givesTheSameTexts() {
        BOUNDED.forEach((name, gen) -> assertTrue(Samples.reproducible(gen, s -> s), name));
    }
}
