package org.sendias.equality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendias.InvalidInputException;

/** Gender and disability answers, and access needs. */
class AnswersAndAccessNeedsTest {

    @Test
    void everyQuestionAllowsPreferNotToSay() {
        assertEquals("Prefer not to say", Gender.PREFER_NOT_TO_SAY.label());
        assertEquals("Prefer not to say", DisabilityStatus.PREFER_NOT_TO_SAY.label());
        assertEquals("Prefer not to say", Ethnicity.PREFER_NOT_TO_SAY.label());
        assertTrue(Language.PREFER_NOT_TO_SAY.isPreferNotToSay());
    }

    @Test
    void aGenderMayBeSelfDescribedOnlyInAnotherWay() {
        assertEquals(Optional.of("non-binary"), GenderAnswer.selfDescribed("  non-binary ").selfDescription());
        assertEquals(Optional.empty(), GenderAnswer.selfDescribed(" ").selfDescription());
        assertEquals(Optional.empty(), GenderAnswer.of(Gender.IN_ANOTHER_WAY).selfDescription());
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> new GenderAnswer(Gender.FEMALE, Optional.of("woman")));
        assertEquals("gender.selfDescription", e.field());
        assertEquals("gender.selfDescription", assertThrows(InvalidInputException.class,
            () -> GenderAnswer.selfDescribed("x".repeat(GenderAnswer.MAX_SELF_DESCRIPTION_LENGTH + 1))).field());
        assertEquals("gender", assertThrows(InvalidInputException.class, () -> GenderAnswer.of(null)).field());
    }

    @Test
    void aSelfDescriptionNeverAppearsInToString() {
        GenderAnswer answer = GenderAnswer.selfDescribed("genderfluid");
        assertFalse(answer.toString().contains("genderfluid"), answer.toString());
        assertEquals("GenderAnswer[IN_ANOTHER_WAY, self-described]", answer.toString());
        assertEquals("GenderAnswer[MALE]", GenderAnswer.of(Gender.MALE).toString());
    }

    @Test
    void accessNeedsHoldAnInterpreterLanguageAndFormats() {
        AccessNeeds needs = AccessNeeds.of(Language.of("so"), AccessibleFormat.EASY_READ, AccessibleFormat.AUDIO);
        assertEquals(Optional.of(Language.of("so")), needs.interpreter());
        assertEquals(Set.of(AccessibleFormat.AUDIO, AccessibleFormat.EASY_READ), needs.formats());
        assertEquals(List.of(AccessibleFormat.AUDIO, AccessibleFormat.EASY_READ), new ArrayList<>(needs.formats()),
            "formats iterate in declaration order");
        assertTrue(needs.needsInterpreter());
        assertFalse(needs.isNone());
    }

    @Test
    void britishSignLanguageCountsAsNeedingAnInterpreter() {
        assertTrue(AccessNeeds.ofFormats(AccessibleFormat.BSL_INTERPRETER).needsInterpreter());
        assertFalse(AccessNeeds.ofFormats(AccessibleFormat.BRAILLE, AccessibleFormat.LARGE_PRINT).needsInterpreter());
    }

    @Test
    void noNeedsIsTheEmptyValue() {
        assertTrue(AccessNeeds.NONE.isNone());
        assertEquals(AccessNeeds.NONE, new AccessNeeds(null, null));
        assertEquals(AccessNeeds.NONE, AccessNeeds.ofFormats());
    }

    @Test
    void anInterpreterIsNeededForALanguageNotForPreferNotToSay() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> AccessNeeds.of(Language.PREFER_NOT_TO_SAY));
        assertEquals("accessNeeds.interpreter", e.field());
    }

    @Test
    void formatsAreCopiedAndCannotBeChanged() {
        Set<AccessibleFormat> formats = new HashSet<>(Set.of(AccessibleFormat.BRAILLE));
        AccessNeeds needs = new AccessNeeds(Optional.empty(), formats);
        formats.add(AccessibleFormat.AUDIO);
        assertEquals(Set.of(AccessibleFormat.BRAILLE), needs.formats());
        assertThrows(UnsupportedOperationException.class, () -> needs.formats().add(AccessibleFormat.OTHER));
        Set<AccessibleFormat> withNull = new HashSet<>();
        withNull.add(null);
        assertEquals("accessNeeds.formats", assertThrows(InvalidInputException.class,
            () -> new AccessNeeds(Optional.empty(), withNull)).field());
    }
}
