package org.sendias.subjectaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendias.CaseId;
import org.sendias.party.Party;
import org.sendias.party.PartyId;
import org.sendias.party.PartyRole;

class NameMaskerTest {
    private static final CaseId CASE = CaseId.random();
    private final Party child = Party.child("Amira Hussain-Patel", LocalDate.of(2011, 9, 5));
    private final Party mum = new Party(PartyId.random(), PartyRole.PARENT, "Dr Nadia Hussain-Patel",
        Optional.of(LocalDate.of(1979, 3, 7)), Optional.empty(), Optional.empty());
    private final Party dad = Party.person(PartyRole.PARENT, "Tomás Brennan");
    private final Party social = Party.person(PartyRole.PROFESSIONAL, "Gwen Brennan");

    private String mask(String text, PartyDecision mumDecision, PartyDecision dadDecision) {
        Map<PartyId, PartyDecision> decisions = new LinkedHashMap<>();
        decisions.put(mum.id(), mumDecision);
        decisions.put(dad.id(), dadDecision);
        decisions.put(social.id(), PartyDecision.redact("professional (redacted)"));
        List<ThirdParty> parties = List.of(new ThirdParty(CASE, mum), new ThirdParty(CASE, dad),
            new ThirdParty(CASE, social));
        return new FreeText(CASE, FreeText.Kind.NOTE, "n", text, List.of(child), parties, decisions).maskedText();
    }

    @Test
    void aNamesWordsInARowBecomeOneLabelAndTheSubjectsOwnSurnameAndTitlesStay() {
        assertEquals("Dr mum (redacted) Hussain-Patel and Amira Hussain-Patel came; mum (redacted) thinks so.",
            mask("Dr Nadia Hussain-Patel and Amira Hussain-Patel came; Nadia thinks so.",
                PartyDecision.redact("mum (redacted)"), PartyDecision.include()));
        assertEquals("mum (redacted) came with dad (redacted).", mask("Nadia came with Tomás Brennan.",
            PartyDecision.redact("mum (redacted)"), PartyDecision.redact("dad (redacted)")),
            "a name's words in a row become one label: Brennan is shared by two redacted parties, but follows Tomas");
    }

    @Test
    void accentsCaseAndPossessivesDoNotHideAName() {
        assertEquals("dad (redacted) rang. dad (redacted) view: wait. DAD (REDACTED)? no: dad (redacted).",
            mask("Tomas rang. Tomás’s view: wait. DAD (REDACTED)? no: TOMÁS.",
                PartyDecision.include(), PartyDecision.redact("dad (redacted)")));
    }

    @Test
    void aWordTwoMaskedPartiesShareGetsTheSharedLabelAndADroppedPartyIsWithheld() {
        assertEquals("third party (withheld) and professional (redacted) met; third party (redacted) family.",
            mask("Tomás and Gwen met; Brennan family.", PartyDecision.include(), PartyDecision.drop()));
    }

    @Test
    void aThirdPartysDateOfBirthIsMaskedInTheUsualFormsOnly() {
        PartyDecision redact = PartyDecision.redact("mum (redacted)");
        for (String written : List.of("1979-03-07", "07/03/1979", "7/3/1979", "07.03.1979", "07-03-1979",
                "7 March 1979", "7 Mar 1979", "07 March 1979", "7 march, 1979")) {
            assertEquals("born mum (redacted).", mask("born " + written + ".", redact, PartyDecision.include()),
                written);
        }
        assertEquals("ref 17/3/19790", mask("ref 17/3/19790", redact, PartyDecision.include()),
            "digits around the date mean it is some other number");
        assertEquals("born 2011-09-05", mask("born 2011-09-05", redact, PartyDecision.include()),
            "the subject's own date of birth stays");
    }

    @Test
    void nothingIsMaskedWhenEveryoneIsIncluded() {
        String text = "Nadia, Tomás and Gwen Brennan, 7/3/1979.";
        Map<PartyId, PartyDecision> all = Map.of(mum.id(), PartyDecision.include(), dad.id(), PartyDecision.include(),
            social.id(), PartyDecision.include());
        assertEquals(text, new FreeText(CASE, FreeText.Kind.NOTE, "n", text, List.of(child),
            List.of(new ThirdParty(CASE, mum), new ThirdParty(CASE, dad), new ThirdParty(CASE, social)), all)
            .maskedText());
    }
}
